namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// What both followers share: poll the tree head, read up to it, wait, again; a failure is one warning
/// naming the log (repeated only when the problem changes) and the next round starts where the last stopped.
/// </summary>
internal sealed class FollowerLoop(CtLog log, CtFetchOptions options, TimeProvider time, Action<string> warn)
{
    private string? lastWarning;
    private SignedTreeHead? trusted;

    public async Task RunAsync(
        long? from,
        Func<CancellationToken, Task<SignedTreeHead>> getHead,
        Func<SignedTreeHead, SignedTreeHead, CancellationToken, Task> checkConsistency,
        Func<long, long, Func<CtBatch, CancellationToken, Task>, CancellationToken, Task> readTo,
        Func<CtBatch, CancellationToken, Task> onBatch,
        CancellationToken cancel)
    {
        var position = from;
        var failures = 0;

        // The position moves only once the consumer has taken a batch, so a failed round resumes exactly there.
        async Task Take(CtBatch batch, CancellationToken c)
        {
            foreach (var entry in batch.Entries.Where(e => e.Problem is not null))
            {
                warn($"log {log.Name}: {entry.Problem}; skipped");
            }

            await onBatch(batch, c);
            position = batch.Next;
        }

        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                var head = await getHead(cancel);
                if (trusted is not null)
                {
                    if (head.TreeSize < trusted.TreeSize)
                    {
                        throw new CtLogException($"log {log.Name}: tree head went back from size {trusted.TreeSize} to {head.TreeSize}");
                    }

                    await checkConsistency(trusted, head, cancel);
                }

                trusted = head;
                position ??= head.TreeSize;
                if (position < head.TreeSize)
                {
                    await readTo(position.Value, head.TreeSize, Take, cancel);
                }

                lastWarning = null;
                failures = 0;
                if (options.StopWhenCaughtUp)
                {
                    return;
                }
            }
            catch (CtLogException e)
            {
                if (e.Message != lastWarning)
                {
                    warn(e.Message);
                    lastWarning = e.Message;
                }

                // A single pass (--once, cron) must end even when a log stays down.
                if (options.StopWhenCaughtUp && ++failures >= 3)
                {
                    warn($"log {log.Name}: giving up for this run after 3 failed rounds; the next run resumes at the saved position");
                    return;
                }
            }

            await Task.Delay(options.PollInterval, time, cancel);
        }
    }
}
