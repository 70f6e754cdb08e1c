using System.Security.Cryptography;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Parses a TimestampedEntry (RFC 6962 §3.4) and what follows it, for both the RFC 6962 MerkleTreeLeaf
/// (get-entries leaf_input) and the static-ct-api TileLeaf, and computes the leaf hash of §2.1:
/// SHA-256(0x00 || MerkleTreeLeaf), where MerkleTreeLeaf = version(0) || leaf_type(0) || TimestampedEntry.
/// </summary>
internal static class MerkleTreeLeafParser
{
    /// <summary>An RFC 6962 get-entries leaf_input.</summary>
    public static CtEntry ParseLeafInput(ReadOnlySpan<byte> leafInput, long index)
    {
        var reader = new TlsReader(leafInput);
        var version = reader.ReadUInt8();
        var leafType = reader.ReadUInt8();
        if (version != 0 || leafType != 0)
        {
            throw new CtFormatException($"entry {index}: MerkleTreeLeaf version {version} / leaf type {leafType}, expected v1 timestamped_entry (RFC 6962 §3.4)");
        }

        var entry = ReadTimestampedEntry(ref reader, index, out _);
        if (!reader.IsEmpty)
        {
            throw new CtFormatException($"entry {index}: {reader.Remaining} bytes after the MerkleTreeLeaf");
        }

        return entry with { LeafHash = LeafHash(leafInput) };
    }

    /// <summary>
    /// Reads the TimestampedEntry at the reader (leaf hash left empty) and returns its extensions through
    /// <paramref name="extensions"/>; the reader stops right after it.
    /// </summary>
    public static CtEntry ReadTimestampedEntry(ref TlsReader reader, long index, out ReadOnlySpan<byte> extensions)
    {
        try
        {
            var timestamp = reader.ReadUInt64();
            if (timestamp > long.MaxValue)
            {
                throw new CtFormatException("timestamp out of range");
            }

            var type = reader.ReadUInt16();
            if (type is not ((ushort)CtEntryType.X509 or (ushort)CtEntryType.Precert))
            {
                throw new CtFormatException($"unknown entry type {type} (RFC 6962 §3.1)");
            }

            if (type == (ushort)CtEntryType.Precert)
            {
                reader.Take(32); // issuer_key_hash
            }

            var certificate = reader.ReadOpaque24();
            extensions = reader.ReadOpaque16();
            string? problem = null;
            List<string> names;
            try
            {
                names = type == (ushort)CtEntryType.X509 ? CertificateNames.FromCertificate(certificate) : CertificateNames.FromTbsCertificate(certificate);
            }
            catch (CtFormatException e)
            {
                names = [];
                problem = $"entry {index}: {e.Message}";
            }

            return new CtEntry(index, (long)timestamp, (CtEntryType)type, names, []) { Problem = problem };
        }
        catch (CtFormatException e)
        {
            throw new CtFormatException($"entry {index}: {e.Message}", e);
        }
    }

    /// <summary>RFC 6962 §2.1: the leaf hash of a serialised MerkleTreeLeaf.</summary>
    public static byte[] LeafHash(ReadOnlySpan<byte> merkleTreeLeaf)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(merkleTreeLeaf.Length + 1);
        try
        {
            buffer[0] = 0x00;
            merkleTreeLeaf.CopyTo(buffer.AsSpan(1));
            return SHA256.HashData(buffer.AsSpan(0, merkleTreeLeaf.Length + 1));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
