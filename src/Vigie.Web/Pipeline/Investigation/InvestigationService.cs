using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigie.Core.Domains;
using Vigie.Core.Matching;
using Vigie.Core.Watchlists;
using Vigie.Enrichment.Dns;
using Vigie.Storage;
using Vigie.Storage.Findings;
using Vigie.Storage.Investigations;

namespace Vigie.Web.Pipeline.Investigation;

/// <summary>
/// Investigates findings in `vigie serve` (README, "Investigations and re-checks"): every few seconds the findings that
/// need it (<see cref="InvestigationCandidates"/>) are queued; <see cref="InvestigateSettings.Concurrency"/> workers
/// claim jobs, investigate through one shared session (one Chromium), store every observation of a job in one
/// transaction, then complete the job. A worker killed at any point leaves its job claimed until its lease runs out;
/// the job is then redone under the same start time, so its observations are stored once.
/// </summary>
internal sealed class InvestigationService(InvestigateSettings settings, string evidenceFolder, string dataFolder, PipelineContext context, FindingsStore store,
    IInvestigationQueue queue) : BackgroundService
{
    /// <summary>A claim outlives its worker by at most this; renewed every <see cref="Renewal"/> while the worker lives.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DiscoveryInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    private readonly InvestigationStatus status = new(context.Workers, context.Time);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        status.Queued(0);
        using var warnings = new StringWriter();
        await using var session = await InvestigationSession.OpenAsync(SessionSettings(), warnings, context.Time, stoppingToken);
        if (warnings.ToString().Trim() is { Length: > 0 } warning)
        {
            context.Logger.LogWarning("{Warning}", warning);
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => WorkAsync(session, stoppingToken)).Append(DiscoverAsync(stoppingToken)));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // SIGTERM: each worker released its unfinished job.
        }
    }

    private InvestigationSettings SessionSettings() => new(Watchlist.Empty, [], settings.NameServers.Count > 0 ? settings.NameServers : ResolvConf.Read(),
        settings.AllowLoopback, (int)Math.Ceiling(settings.Timeout.TotalSeconds), settings.Screenshots, FullPage: false, evidenceFolder,
        settings.RdapBootstrap ?? Path.Combine(dataFolder, "rdap", "dns.json"), null, null)
    {
        BrowserPages = settings.Concurrency,
        GenuineRefresh = settings.GenuineRefresh,
    };

    private async Task DiscoverAsync(CancellationToken stop)
    {
        var candidates = new InvestigationCandidates(store.Database);
        for (var failures = 0; ; )
        {
            try
            {
                var now = context.Time.GetUtcNow();
                await queue.EnqueueAsync(await candidates.ListAsync(settings.MinScore, now - settings.Recheck, now, 1000, stop), stop);
                status.Queued(await queue.CountAsync(stop));
                failures = 0;
                await Task.Delay(DiscoveryInterval, context.Time, stop);
            }
            catch (Exception e) when (Cluster.QueueFailure.Is(e))
            {
                Fail($"investigation queue: {e.Message}");
                await Task.Delay(PipelineBackoff.Delay(++failures, TimeSpan.FromMinutes(5)), context.Time, stop);
            }
        }
    }

    private async Task WorkAsync(InvestigationSession session, CancellationToken stop)
    {
        for (var failures = 0; ; )
        {
            InvestigationJob? job;
            try
            {
                job = await queue.ClaimAsync(Lease, stop);
                failures = 0;
            }
            catch (Exception e) when (Cluster.QueueFailure.Is(e))
            {
                Fail($"investigation queue: {e.Message}");
                await Task.Delay(PipelineBackoff.Delay(++failures, TimeSpan.FromMinutes(5)), context.Time, stop);
                continue;
            }

            if (job is null)
            {
                await Task.Delay(IdlePoll, context.Time, stop);
                continue;
            }

            await RunAsync(session, job, stop);
        }
    }

    /// <summary>
    /// Investigates the job's name once for every finding of that name (its namesakes in other organisations are claimed
    /// with it), against the union of their organisations' watchlists (<see cref="InvestigationTargets"/>), and files
    /// the same observations and verdict on each.
    /// </summary>
    private async Task RunAsync(InvestigationSession session, InvestigationJob claimed, CancellationToken stop)
    {
        IReadOnlyList<InvestigationJob> group = [claimed];
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var renewal = RenewAsync(() => group, renewing.Token);
        try
        {
            group = await queue.ClaimNamesakesAsync(claimed, Lease, stop);
            var subjects = new List<(Finding Finding, Watchlist List)>();
            foreach (var job in group)
            {
                var finding = await store.Findings.GetAsync(job.FindingId, stop);
                var organisation = finding is null ? null : await store.Organisations.GetAsync(finding.OrganisationId, stop);
                if (finding is not null && organisation is not null)
                {
                    subjects.Add((finding, WatchlistLoader.Parse(organisation.Watchlist, organisation.Slug)));
                }
            }

            if (subjects.Count > 0)
            {
                var first = subjects[0].Finding;
                var match = new Match(first.Name, first.Target, first.Techniques, first.Score, first.Explanation);
                var result = await session.InvestigateAsync(DomainName.Parse(first.Name), match, InvestigationTargets.For(subjects), group[0].StartedAt, stop);
                // Once the investigation is done, its result is stored and the jobs completed even if a stop arrives meanwhile.
                foreach (var (finding, _) in subjects)
                {
                    await InvestigationFindings.SaveToFindingAsync(store, finding.Id, result, CancellationToken.None);
                }
            }

            foreach (var job in group)
            {
                await queue.CompleteAsync(job, CancellationToken.None);
                status.Done();
            }

            foreach (var error in session.TakeGenuinePageErrors())
            {
                Fail(error);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped before the result: the jobs are free again at once for the next start, from scratch.
            await ReleaseAsync(group, "stopped before it finished", context.Time.GetUtcNow());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var wait = PipelineBackoff.Delay(claimed.Attempt, MaxRetryDelay);
            Fail($"{claimed.FindingId}: {e.Message}");
            await ReleaseAsync(group, e.Message, context.Time.GetUtcNow() + wait);
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
        }
    }

    private async Task RenewAsync(Func<IReadOnlyList<InvestigationJob>> group, CancellationToken cancel)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Renewal, context.Time, cancel);
                foreach (var job in group())
                {
                    await queue.RenewAsync(job, Lease, cancel);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The job is over.
        }
        catch (Exception e) when (Cluster.QueueFailure.Is(e))
        {
            Fail($"investigation queue: {e.Message}");
        }
    }

    /// <summary>Puts the jobs back; when even that fails (the database is down), their leases run out and they are claimed again.</summary>
    private async Task ReleaseAsync(IReadOnlyList<InvestigationJob> group, string error, DateTimeOffset at)
    {
        try
        {
            foreach (var job in group)
            {
                await queue.RetryAsync(job, error, at, CancellationToken.None);
            }
        }
        catch (Exception e) when (Cluster.QueueFailure.Is(e))
        {
            Fail($"investigation queue: {e.Message}");
        }
    }

    private void Fail(string message)
    {
        status.Failed(message);
        context.Logger.LogWarning("{Message}", message);
    }
}
