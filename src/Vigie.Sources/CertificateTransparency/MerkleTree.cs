using System.Security.Cryptography;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>Merkle Tree Hash of RFC 6962 §2.1 over leaf hashes already computed.</summary>
internal static class MerkleTree
{
    /// <summary>SHA-256(0x01 || left || right).</summary>
    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> node = stackalloc byte[65];
        node[0] = 0x01;
        left.CopyTo(node[1..]);
        right.CopyTo(node[33..]);
        return SHA256.HashData(node);
    }

    /// <summary>MTH(D[n]): the hash of the empty string for no leaves, else split at the largest power of two below n.</summary>
    public static byte[] Root(IReadOnlyList<byte[]> leafHashes) => Root(leafHashes, 0, leafHashes.Count);

    private static byte[] Root(IReadOnlyList<byte[]> leaves, int start, int count)
    {
        if (count == 0)
        {
            return SHA256.HashData([]);
        }

        if (count == 1)
        {
            return leaves[start];
        }

        var k = 1;
        while (k * 2 < count)
        {
            k *= 2;
        }

        return NodeHash(Root(leaves, start, k), Root(leaves, start + k, count - k));
    }
}
