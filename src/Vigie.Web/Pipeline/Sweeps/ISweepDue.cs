using Vigie.Storage.Organisations;
using Vigie.Web.Pipeline.Scheduling;

namespace Vigie.Web.Pipeline.Sweeps;

/// <summary>
/// What happens to an organisation's sweep once its schedule says it is due: on one machine it runs here and now
/// (<see cref="SweepRunner"/>); in a cluster it goes onto the sweep workers' JetStream queue (issue 15), whose workers
/// hand it to their own <see cref="SweepRunner"/>. Returns what was done in a few words, for the live status.
/// </summary>
internal interface ISweepDue
{
    Task<string> SweepAsync(Organisation organisation, ScheduledRound round, CancellationToken cancel);
}
