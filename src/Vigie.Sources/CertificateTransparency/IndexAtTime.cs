using Vigie.Sources.Http;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Finds the first entry logged at or after a time, for `--from TIME`: a binary search over single
/// get-entries calls (RFC 6962) or over data tiles (static-ct-api), about log2(size) requests. Log
/// timestamps are only nearly monotonic (entries are sequenced within the MMD), so the answer can be a
/// few entries early: a backfill then reads a little more, never less.
/// </summary>
internal static class IndexAtTime
{
    public static async Task<long> FindAsync(CtLog log, IHttpGetter http, CtFetchOptions options, DateTimeOffset time, CancellationToken cancel)
    {
        using var logHttp = new LogHttp(log, http, options, TimeProvider.System);
        var target = time.ToUnixTimeMilliseconds();
        if (log.Kind == CtLogKind.Rfc6962)
        {
            var client = new Rfc6962Client(logHttp);
            var size = (await client.GetSthAsync(cancel)).TreeSize;
            return await SearchAsync(0, size, async i => (await client.GetEntriesAsync(i, i, cancel))[0].TimestampMs < target);
        }

        var tiled = new TiledClient(logHttp);
        var treeSize = (await tiled.GetCheckpointAsync(cancel)).TreeSize;
        var fullTiles = treeSize / TilePath.Width;
        var tile = await SearchAsync(0, fullTiles, async t => (await tiled.ReadTileAsync(t, TilePath.Width, cancel))[^1].TimestampMs < target);
        if (tile == fullTiles && treeSize % TilePath.Width == 0)
        {
            return treeSize;
        }

        var entries = await tiled.ReadTileAsync(tile, (int)Math.Min(TilePath.Width, treeSize - (tile * TilePath.Width)), cancel);
        var inside = entries.FindIndex(e => e.TimestampMs >= target);
        return inside < 0 ? tile * TilePath.Width + entries.Count : entries[inside].Index;
    }

    /// <summary>The first i in [low, high) for which <paramref name="before"/> is false, or high.</summary>
    private static async Task<long> SearchAsync(long low, long high, Func<long, Task<bool>> before)
    {
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (await before(mid))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
