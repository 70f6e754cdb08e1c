namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// A tlog-tiles hash tile (C2SP tlog-tiles): up to 256 consecutive 32-byte node hashes of one tree level.
/// Level 0 holds the leaf hashes, so a data tile is checked entry by entry against it.
/// </summary>
internal static class HashTile
{
    public static IReadOnlyList<byte[]> Read(byte[] tile)
    {
        if (tile.Length % 32 != 0 || tile.Length > 256 * 32)
        {
            throw new CtFormatException($"hash tile of {tile.Length} bytes, expected up to 256 hashes of 32 bytes");
        }

        var hashes = new byte[tile.Length / 32][];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = tile.AsSpan(i * 32, 32).ToArray();
        }

        return hashes;
    }

    /// <summary>Throws naming the first entry whose leaf hash differs from the level-0 tile.</summary>
    public static void CheckLeaves(IReadOnlyList<CtEntry> entries, IReadOnlyList<byte[]> level0, string log)
    {
        if (entries.Count != level0.Count)
        {
            throw new CtFormatException($"{log}: data tile has {entries.Count} entries, its hash tile {level0.Count}");
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (!entries[i].LeafHash.AsSpan().SequenceEqual(level0[i]))
            {
                throw new CtFormatException($"{log}: entry {entries[i].Index} does not hash to its level-0 tile hash (RFC 6962 §2.1)");
            }
        }
    }
}
