namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Computes the root of a tree of any size from a tiled log's hash tiles (C2SP tlog-tiles: tiles of height
/// 8, level L holding the nodes at height 8L). The tree of size n is the run of perfect subtrees given by
/// the bits of n, folded from the right (RFC 6962 §2.1); each subtree's hash is one tile entry or the MTH
/// of up to 128 consecutive entries of one tile. Comparing the roots of an old and a new size against
/// their checkpoints, from the same tiles, checks that the new tree contains the old one.
/// </summary>
internal static class TileTreeHasher
{
    /// <param name="size">the tree size</param>
    /// <param name="tile">fetches tile (level, index, width): its hashes</param>
    public static async Task<byte[]> RootAsync(long size, Func<int, long, int, Task<IReadOnlyList<byte[]>>> tile)
    {
        if (size == 0)
        {
            return MerkleTree.Root([]);
        }

        var subtrees = new List<byte[]>();
        long offset = 0;
        for (var height = 62; height >= 0; height--)
        {
            var leaves = 1L << height;
            if ((size & leaves) != 0)
            {
                subtrees.Add(await SubtreeAsync(size, height, offset >> height, tile));
                offset += leaves;
            }
        }

        var root = subtrees[^1];
        for (var i = subtrees.Count - 2; i >= 0; i--)
        {
            root = MerkleTree.NodeHash(subtrees[i], root);
        }

        return root;
    }

    private static async Task<byte[]> SubtreeAsync(long size, int height, long index, Func<int, long, int, Task<IReadOnlyList<byte[]>>> tile)
    {
        var level = height / 8;
        var span = 1 << (height % 8); // nodes of height 8·level under this subtree
        var first = index * span;
        var nodes = size >> (8 * level); // nodes of height 8·level the tree holds
        var number = first / TilePath.Width;
        var width = (int)Math.Min(TilePath.Width, nodes - (number * TilePath.Width));
        var hashes = await tile(level, number, width);
        var start = (int)(first - (number * TilePath.Width));
        if (hashes.Count < start + span)
        {
            throw new CtFormatException($"hash tile {level}/{number} has {hashes.Count} hashes, needs {start + span}");
        }

        return MerkleTree.Root(hashes.Skip(start).Take(span).ToList());
    }
}
