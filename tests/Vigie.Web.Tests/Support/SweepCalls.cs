using Vigie.Storage.Organisations;
using Vigie.Web.Pipeline.Scheduling;
using Vigie.Web.Pipeline.Sweeps;

namespace Vigie.Web.Tests.Support;

/// <summary>A sweep worker's runner as the tests see it: each call counted, then handed to the real runner (or failing, with none).</summary>
internal sealed class SweepCalls(ISweepDue? inner) : ISweepDue
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public Task<string> SweepAsync(Organisation organisation, ScheduledRound round, CancellationToken cancel)
    {
        Interlocked.Increment(ref count);
        return inner is null ? throw new InvalidOperationException("the resolver broke") : inner.SweepAsync(organisation, round, cancel);
    }
}
