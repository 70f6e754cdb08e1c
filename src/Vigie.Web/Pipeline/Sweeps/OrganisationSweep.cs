using System.Globalization;
using Vigie.Enrichment.Dns;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Storage.Scans;
using Vigie.Storage.Sources;
using Vigie.Web.Pipeline.Scheduling;

namespace Vigie.Web.Pipeline.Sweeps;

/// <summary>
/// One round of an organisation's sweep: each domain of its watchlist swept in DNS with the code of `vigie scan`
/// (<see cref="ScanRunner"/>), whose batches store the scan's memory, the findings (source `sweep`, live or not) and
/// the DNS observations in one transaction each. The round's start is stored first: after a kill, the next start
/// skips the domains swept since then and resumes the interrupted one where its saved names end.
/// </summary>
internal sealed class OrganisationSweep(Organisation organisation, IDnsResolver resolver, SweepSettings settings, VigieDatabase database, PipelineContext context, ISourceRoundRepository rounds)
{
    public static string SourceId(Organisation organisation) => "sweep:" + organisation.Slug;

    public async Task<string> RunAsync(ScheduledRound scheduled, CancellationToken cancel)
    {
        var id = SourceId(organisation);
        var plans = SweepPlan.For(organisation);
        var total = plans.Sum(p => (long)p.Names.Count);
        var round = await rounds.GetAsync(id, cancel);
        var start = round is { Finished: false } ? round.StartedAt : context.Time.GetUtcNow();
        if (round is not { Finished: false })
        {
            await rounds.StartAsync(StoredTime.Format(start), Progress(0, total, scheduled.Next), cancel);
        }

        long done = 0;
        var (registered, resolved, elapsed) = (0, 0, TimeSpan.Zero);
        var scans = new ScanStore(database);
        foreach (var plan in plans)
        {
            var runs = await scans.LoadRunsAsync(plan.Key, cancel);
            if (runs.Count == 0 || runs[^1] is not { Complete: true } last || last.StartedAt < start)
            {
                var report = await SweepAsync(plan, done, total, scheduled, cancel);
                (registered, resolved, elapsed) = (registered + report.Rows.Count(r => r.Status == NameStatus.Registered), resolved + report.CheckedNow, elapsed + report.Elapsed);
            }

            done += plan.Names.Count;
            await context.Sources.ReportSuccessAsync(Progress(done, total, scheduled.Next), cancel);
        }

        await rounds.FinishAsync(Progress(total, total, scheduled.Next), cancel);
        var rate = elapsed > TimeSpan.Zero ? resolved / elapsed.TotalSeconds : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"swept {total:N0} names of {plans.Count} domain(s): {registered} registered ({resolved:N0} resolved in {elapsed.TotalSeconds:F1} s, {rate:N0} names/s)");
    }

    private async Task<ScanReport> SweepAsync(SweepPlan plan, long done, long total, ScheduledRound scheduled, CancellationToken cancel)
    {
        // `vigie scan` takes the same lock: two sweeps of one memory would interleave their states and changes.
        await using var sweeping = await database.TryLockAsync("scan-" + plan.Key, cancel)
            ?? throw new InvalidOperationException($"another sweep of {plan.Domain} for {organisation.Slug} holds its lock");
        var store = new ScanStore(database, ScanFindings.For(organisation.Id, plan.Domain, plan.Names, "vigie serve"));
        var runner = new ScanRunner(store, new DnsSweep(new NameProber(resolver, new WildcardDetector(resolver)), settings.Concurrency, stopWhenSilent: true), context.Time);
        var report = await runner.RunAsync(plan.Key, plan.Names,
            (checkedNames, _) => scheduled.Progress(string.Create(CultureInfo.InvariantCulture, $"sweeping {plan.Domain}: {done + checkedNames:N0} / {total:N0} names")), cancel);
        cancel.ThrowIfCancellationRequested();
        // The round stays open: the next try, after the back-off, resumes it where the name servers stopped answering.
        return report.StoppedBecause is { } why ? throw new InvalidOperationException($"{plan.Domain}: {why}") : report;
    }

    private SourceProgress Progress(long position, long size, DateTimeOffset next) =>
        new(SourceId(organisation), SourceKind.Sweep, organisation.Name, position, size, next, organisation.Id);
}
