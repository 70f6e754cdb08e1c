namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Reads a static-ct-api data tile (C2SP static-ct-api, "Log entries"): a run of TileLeaf structures, each a
/// TimestampedEntry whose extensions carry the leaf_index, then the precertificate for precert entries,
/// then the SHA-256 fingerprints of the chain. The leaf hash is computed over the TimestampedEntry framed as
/// a v1 MerkleTreeLeaf (RFC 6962 §2.1), so it can be checked against the level-0 hash tile.
/// </summary>
internal static class DataTileReader
{
    /// <param name="tile">the tile bytes, gzip or not</param>
    /// <param name="firstIndex">the index of the tile's first entry (tile number × 256), or null to trust the leaf_index extension</param>
    public static List<CtEntry> Read(byte[] tile, long? firstIndex)
    {
        var data = Compression.InflateIfGzip(tile);
        var entries = new List<CtEntry>(256);
        var reader = new TlsReader(data);
        while (!reader.IsEmpty)
        {
            var expected = firstIndex + entries.Count;
            var label = expected ?? entries.Count;
            var before = reader.Remaining;
            var start = data.Length - before;
            var entry = MerkleTreeLeafParser.ReadTimestampedEntry(ref reader, label, out var extensions);
            var timestampedEntry = data.AsSpan(start, before - reader.Remaining);
            var leafIndex = LeafIndexExtension.Find(extensions, label);
            if (expected is not null && leafIndex is not null && leafIndex != expected)
            {
                throw new CtFormatException($"entry {expected}: leaf_index extension says {leafIndex}");
            }

            try
            {
                if (entry.EntryType == CtEntryType.Precert)
                {
                    reader.ReadOpaque24(); // pre_certificate: the names come from the TBS above
                }

                var chain = reader.ReadOpaque16();
                if (chain.Length % 32 != 0)
                {
                    throw new CtFormatException($"chain fingerprints of {chain.Length} bytes, not a multiple of 32");
                }
            }
            catch (CtFormatException e)
            {
                throw new CtFormatException($"entry {label}: {e.Message}", e);
            }

            entries.Add(entry with { Index = leafIndex ?? label, LeafHash = LeafHashOf(timestampedEntry) });
        }

        return entries;
    }

    private static byte[] LeafHashOf(ReadOnlySpan<byte> timestampedEntry)
    {
        Span<byte> leaf = timestampedEntry.Length + 2 <= 4096 ? stackalloc byte[timestampedEntry.Length + 2] : new byte[timestampedEntry.Length + 2];
        leaf[0] = 0; // version v1
        leaf[1] = 0; // timestamped_entry
        timestampedEntry.CopyTo(leaf[2..]);
        return MerkleTreeLeafParser.LeafHash(leaf);
    }
}
