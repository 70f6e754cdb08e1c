namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Reads a static-ct-api log: the checkpoint (signature checked), data tiles and, to check them, level-0
/// hash tiles. A partial tile that is gone (the tree grew and the log dropped it) is read from the full tile.
/// </summary>
internal sealed class TiledClient(LogHttp http)
{
    public CtLog Log => http.Log;

    public async Task<SignedTreeHead> GetCheckpointAsync(CancellationToken cancel)
    {
        var origin = Log.Origin ?? Checkpoint.OriginOf(Log.Url);
        return await http.GetAsync("checkpoint", body => Checkpoint.ParseAndVerify(body, origin, Log.Key), cancel)
            ?? throw new CtLogException($"log {Log.Name}: no checkpoint (404)");
    }

    /// <summary>The first <paramref name="width"/> entries of data tile <paramref name="tile"/>, checked against the hash tile when asked.</summary>
    public async Task<List<CtEntry>> ReadTileAsync(long tile, int width, CancellationToken cancel)
    {
        var entries = await GetTileAsync("data", tile, width, bytes => DataTileReader.Read(bytes, tile * TilePath.Width), cancel);
        if (entries.Count < width)
        {
            throw new CtLogException($"log {Log.Name}: {TilePath.For("data", tile, width)} has {entries.Count} entries, expected {width}");
        }

        entries = entries[..width];
        if (http.Options.VerifyTiles)
        {
            var hashes = await GetTileAsync("0", tile, width, HashTile.Read, cancel);
            try
            {
                HashTile.CheckLeaves(entries, hashes.Take(width).ToList(), $"log {Log.Name}");
            }
            catch (CtFormatException e)
            {
                throw new CtLogException(e.Message, e);
            }
        }

        return entries;
    }

    /// <summary>The first <paramref name="width"/> entries of names tile <paramref name="tile"/>, or null when the log has no names tiles.</summary>
    public async Task<List<CtEntry>?> ReadNamesTileAsync(long tile, int width, CancellationToken cancel)
    {
        var entries = await http.GetAsync(TilePath.For("names", tile, width), bytes => NamesTileReader.Read(bytes, tile * TilePath.Width), cancel);
        if (entries is null && width < TilePath.Width)
        {
            entries = await http.GetAsync(TilePath.For("names", tile), bytes => NamesTileReader.Read(bytes, tile * TilePath.Width), cancel);
        }

        if (entries is not null && entries.Count < width)
        {
            throw new CtLogException($"log {Log.Name}: {TilePath.For("names", tile, width)} has {entries.Count} entries, expected {width}");
        }

        return entries?[..width];
    }

    /// <summary>The root of the tree of <paramref name="size"/> computed from the hash tiles (<see cref="TileTreeHasher"/>).</summary>
    public async Task<byte[]> TreeRootAsync(long size, CancellationToken cancel)
    {
        try
        {
            return await TileTreeHasher.RootAsync(size, async (level, tile, width) =>
                await GetTileAsync(level.ToString(System.Globalization.CultureInfo.InvariantCulture), tile, width, HashTile.Read, cancel));
        }
        catch (CtFormatException e)
        {
            throw new CtLogException($"log {Log.Name}: {e.Message}", e);
        }
    }

    private async Task<T> GetTileAsync<T>(string kind, long tile, int width, Func<byte[], T> parse, CancellationToken cancel)
        where T : class
    {
        var found = await http.GetAsync(TilePath.For(kind, tile, width), parse, cancel);
        if (found is null && width < TilePath.Width)
        {
            found = await http.GetAsync(TilePath.For(kind, tile), parse, cancel);
        }

        return found ?? throw new CtLogException($"log {Log.Name}: {TilePath.For(kind, tile, width)} is missing (404)");
    }
}
