namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Follows an RFC 6962 log: verified STHs, consistency proofs between them, and get-entries with several
/// ranges in flight. Each range advances by what the log actually returned (logs cap answers at 32 to
/// 1,024 entries, RFC 6962 §4.6): a short answer is followed by a request for the rest, and later ranges
/// use the size the log answered with.
/// </summary>
internal sealed class Rfc6962Follower(Rfc6962Client client, CtFetchOptions options, TimeProvider time, Action<string> warn) : ICtLogFollower
{
    private int batch = Math.Max(1, options.BatchSize);

    public Task RunAsync(long? from, Func<CtBatch, CancellationToken, Task> onBatch, CancellationToken cancel) =>
        new FollowerLoop(client.Log, options, time, warn).RunAsync(
            from,
            client.GetSthAsync,
            CheckConsistencyAsync,
            ReadAsync,
            onBatch,
            cancel);

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

        var proof = await client.GetConsistencyAsync(old.TreeSize, head.TreeSize, cancel);
        if (!ConsistencyProof.Verify(old.TreeSize, head.TreeSize, old.RootHash, head.RootHash, proof))
        {
            throw new CtLogException($"log {client.Log.Name}: tree head of size {head.TreeSize} is not consistent with size {old.TreeSize}: the log may be forked");
        }
    }

    private async Task ReadAsync(long position, long size, Func<CtBatch, CancellationToken, Task> onBatch, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var pending = new LinkedList<(long Start, long End, Task<List<CtEntry>> Entries)>();
        var next = position;
        try
        {
            Fill();
            while (pending.First is { } head)
            {
                pending.RemoveFirst();
                var (start, end, task) = head.Value;
                var entries = await task;
                if (entries.Count > end - start)
                {
                    entries = entries[..(int)(end - start)];
                }

                await onBatch(new CtBatch(client.Log, start, entries, size), cancel);
                position = start + entries.Count;
                if (position < end)
                {
                    batch = entries.Count;
                    pending.AddFirst((position, end, client.GetEntriesAsync(position, end - 1, stop.Token)));
                }

                Fill();
            }

        }
        finally
        {
            await stop.CancelAsync();
            foreach (var (_, _, task) in pending)
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
            while (pending.Count < options.Parallel && next < size)
            {
                var end = Math.Min(next + batch, size);
                pending.AddLast((next, end, client.GetEntriesAsync(next, end - 1, stop.Token)));
                next = end;
            }
        }
    }
}
