namespace Vigie.Enrichment.Dns;

/// <summary>
/// Probes many names with at most <c>concurrency</c> in flight and hands each finished observation to a callback
/// (which must be thread-safe). Cancellation stops new probes; what finished before it has been handed over.
/// With <paramref name="stopWhenSilent"/>, the sweep stops with <see cref="NameServersSilentException"/> once
/// <see cref="SilenceLimit"/> names in a row got no answer at all (timeouts, failed sends): a resolver that is down
/// is said at once, and the sweep resumed later, rather than thousands of names reported "unknown" one timeout each.
/// </summary>
internal sealed class DnsSweep(NameProber prober, int concurrency, bool stopWhenSilent = false)
{
    /// <summary>Twice the names in flight, at least 50: a resolver that only drops some queries never gets there.</summary>
    public int SilenceLimit => Math.Max(50, 2 * concurrency);

    public async Task RunAsync(IEnumerable<string> names, Func<NameObservation, ValueTask> onObservation, CancellationToken cancellationToken)
    {
        using var silenced = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var silent = 0;
        string? reason = null;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = silenced.Token };
        try
        {
            await Parallel.ForEachAsync(names, parallel, async (name, token) =>
            {
                var observation = await prober.ProbeAsync(name, token);
                await onObservation(observation);
                if (!observation.Unanswered)
                {
                    Volatile.Write(ref silent, 0);
                }
                else if (stopWhenSilent && Interlocked.Increment(ref silent) == SilenceLimit)
                {
                    reason = observation.Reason;
                    await silenced.CancelAsync();
                }
            });
        }
        catch (OperationCanceledException) when (silenced.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new NameServersSilentException(SilenceLimit, reason);
        }
    }
}
