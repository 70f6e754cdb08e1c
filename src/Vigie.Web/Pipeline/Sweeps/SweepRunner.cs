using Vigie.Enrichment.Dns;
using Vigie.Storage.Database;
using Vigie.Storage.Organisations;
using Vigie.Storage.Sources;
using Vigie.Web.Pipeline.Scheduling;

namespace Vigie.Web.Pipeline.Sweeps;

/// <summary>
/// Runs a due sweep in this process: one resolver and one sweep at a time, so the configured concurrency and rate hold
/// for the whole process, however many organisations.
/// </summary>
internal sealed class SweepRunner(IDnsResolver resolver, SweepSettings settings, VigieDatabase database, PipelineContext context, ISourceRoundRepository rounds) : ISweepDue
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public async Task<string> SweepAsync(Organisation organisation, ScheduledRound round, CancellationToken cancel)
    {
        await oneAtATime.WaitAsync(cancel);
        try
        {
            // The watchlist as it is now: edited on the dashboard since the sweep was due, it is what this round sweeps.
            var cached = (await context.Matchers.CurrentAsync(cancel)).FirstOrDefault(m => m.Organisation.Id == organisation.Id)?.Organisation;
            var current = cached is not null && cached.UpdatedAt > organisation.UpdatedAt ? cached : organisation;
            return await new OrganisationSweep(current, resolver, settings, database, context, rounds).RunAsync(round, cancel);
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
