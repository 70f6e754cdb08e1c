namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Follows a static-ct-api log: verified checkpoints, then data tiles (full, or partial at the right edge)
/// with several in flight, each checked against its level-0 hash tile. Each checkpoint's root is
/// recomputed from the hash tiles, and on each new checkpoint the previous one's root is recomputed from
/// the same tiles: the tiles then prove that the new tree extends the old one (the tiled counterpart of
/// an RFC 6962 consistency proof).
/// </summary>
internal sealed class TiledFollower(TiledClient client, CtFetchOptions options, TimeProvider time, Action<string> warn) : ICtLogFollower
{
    // Several tiles are read at once: the first to find no names tile switches the log to data tiles and warns.
    private int namesTiles = options.UseNamesTiles ? 1 : 0;

    public Task RunAsync(long? from, Func<CtBatch, CancellationToken, Task> onBatch, CancellationToken cancel) =>
        new FollowerLoop(client.Log, options, time, warn).RunAsync(
            from,
            GetVerifiedCheckpointAsync,
            CheckConsistencyAsync,
            ReadAsync,
            onBatch,
            cancel);

    private async Task<SignedTreeHead> GetVerifiedCheckpointAsync(CancellationToken cancel)
    {
        var head = await client.GetCheckpointAsync(cancel);
        if (options.VerifyTiles && !(await client.TreeRootAsync(head.TreeSize, cancel)).AsSpan().SequenceEqual(head.RootHash))
        {
            throw new CtLogException($"log {client.Log.Name}: the hash tiles do not hash to the root of the checkpoint of size {head.TreeSize}");
        }

        return head;
    }

    private async Task CheckConsistencyAsync(SignedTreeHead old, SignedTreeHead head, CancellationToken cancel)
    {
        if (old.TreeSize == head.TreeSize)
        {
            if (!old.RootHash.AsSpan().SequenceEqual(head.RootHash))
            {
                throw new CtLogException($"log {client.Log.Name}: two different roots for tree size {head.TreeSize}: the log is forked");
            }

            return;
        }

        if (options.VerifyTiles && !(await client.TreeRootAsync(old.TreeSize, cancel)).AsSpan().SequenceEqual(old.RootHash))
        {
            throw new CtLogException($"log {client.Log.Name}: checkpoint of size {head.TreeSize} is not consistent with size {old.TreeSize}: the log may be forked");
        }
    }

    private async Task<List<CtEntry>> ReadAsync(long tile, int width, CancellationToken cancel)
    {
        if (Volatile.Read(ref namesTiles) == 1)
        {
            if (await client.ReadNamesTileAsync(tile, width, cancel) is { } names)
            {
                return names;
            }

            if (Interlocked.Exchange(ref namesTiles, 0) == 1)
            {
                warn($"log {client.Log.Name}: no names tiles ({TilePath.For("names", tile, width)} is missing); reading data tiles");
            }
        }

        return await client.ReadTileAsync(tile, width, cancel);
    }

    private async Task ReadAsync(long position, long size, Func<CtBatch, CancellationToken, Task> onBatch, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var pending = new Queue<(long Tile, Task<List<CtEntry>> Entries)>();
        var nextTile = position / TilePath.Width;
        var lastTile = (size - 1) / TilePath.Width;
        try
        {
            Fill();
            while (pending.TryDequeue(out var head))
            {
                var entries = await head.Entries;
                var fresh = entries.Where(e => e.Index >= position).ToList();
                if (fresh.Count > 0)
                {
                    await onBatch(new CtBatch(client.Log, fresh[0].Index, fresh, size), cancel);
                    position = fresh[^1].Index + 1;
                }

                Fill();
            }

        }
        finally
        {
            await stop.CancelAsync();
            foreach (var (_, task) in pending)
            {
                try
                {
                    await task;
                }
                catch (Exception e) when (e is CtLogException or OperationCanceledException)
                {
                    // Abandoned read-ahead: the next round asks again from the saved position.
                }
            }
        }

        void Fill()
        {
            while (pending.Count < options.Parallel && nextTile <= lastTile)
            {
                var width = (int)Math.Min(TilePath.Width, size - (nextTile * TilePath.Width));
                pending.Enqueue((nextTile, ReadAsync(nextTile, width, stop.Token)));
                nextTile++;
            }
        }
    }
}
