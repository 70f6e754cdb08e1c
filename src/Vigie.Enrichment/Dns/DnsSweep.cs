namespace Vigie.Enrichment.Dns;

/// <summary>
/// Probes many names with at most <c>concurrency</c> in flight and hands each finished observation to a callback
/// (which must be thread-safe). Cancellation stops new probes; what finished before it has been handed over.
/// </summary>
internal sealed class DnsSweep(NameProber prober, int concurrency)
{
    public async Task RunAsync(IEnumerable<string> names, Func<NameObservation, ValueTask> onObservation, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(names, parallel, async (name, token) =>
        {
            var observation = await prober.ProbeAsync(name, token);
            await onObservation(observation);
        });
    }
}
