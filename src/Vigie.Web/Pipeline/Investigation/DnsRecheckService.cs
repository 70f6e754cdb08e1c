using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigie.Enrichment.Dns;
using Vigie.Storage;
using Vigie.Storage.Findings;
using Vigie.Storage.Investigations;
using Vigie.Web.Hosting;

namespace Vigie.Web.Pipeline.Investigation;

/// <summary>
/// The cheap re-check of known findings (README, "Investigations and re-checks"): every
/// <see cref="InvestigateSettings.DnsCheck"/>, each finding's DNS answer (<see cref="DnsAnswer"/>) is compared with the
/// previous one; a change (new records, or a name that went live or dead) queues an investigation at once instead of
/// waiting for the daily one. After <see cref="InvestigateSettings.GoneAfter"/> NXDOMAIN answers in a row the finding
/// is no longer live, and one still `new` (nobody looked at it) becomes `gone`; a state a person chose is never changed,
/// and a name that never answered (a CT name never put in DNS) is left as it is. Gone and taken-down findings are still
/// checked: one registered again is queued for an investigation at once. A failed query changes nothing.
/// Once per cluster: the re-checks run in the one process holding the "dns-rechecks" lock (<see cref="LockedWork"/>);
/// other investigate workers stand by and take them over within seconds of its death (README, "Running on several machines").
/// </summary>
internal sealed class DnsRecheckService(InvestigateSettings settings, PipelineContext context, FindingsStore store, IInvestigationQueue queue) : BackgroundService
{
    public const string Name = "dns re-checks";
    private const int Batch = 200;
    private const int InFlight = 16;
    private static readonly Actor Service = new("vigie serve");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var resolver = new DnsResolver(new DnsResolverOptions { Servers = settings.NameServers.Count > 0 ? settings.NameServers : ResolvConf.Read(), Timeout = TimeSpan.FromSeconds(2) }, context.Time);
        try
        {
            await new LockedWork(store.Database, context, "dns-rechecks", Name, "standby: another process re-checks the findings",
                "dns re-checks: this worker lost its database session, and the re-checks' lock with it; it stopped them and takes them again when free",
                TimeSpan.FromMinutes(5)).RunAsync(watch => RecheckAsync(resolver, watch), null, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // SIGTERM: a check not saved is done again at the next start.
        }
    }

    /// <summary>Rounds of re-checks for as long as this process holds the lock (checked before each round and every few seconds).</summary>
    private async Task RecheckAsync(IDnsResolver resolver, LockWatch watch)
    {
        var stop = watch.Token;
        var checks = new FindingCheckRepository(store.Database);
        var idle = TimeSpan.FromSeconds(Math.Clamp(settings.DnsCheck.TotalSeconds / 10, 1, 60));
        DateTimeOffset? lastSuccess = null;
        (string? Message, DateTimeOffset? At) lastError = (null, null);
        var failures = 0;
        while (true)
        {
            try
            {
                await watch.EnsureHeldAsync(stop);
                var now = context.Time.GetUtcNow();
                var due = await checks.ListDueAsync(settings.MinScore, now - settings.DnsCheck, Batch, stop);
                using var slots = new SemaphoreSlim(InFlight);
                var changed = await Task.WhenAll(due.Select(async check =>
                {
                    await slots.WaitAsync(stop);
                    try
                    {
                        return await CheckAsync(resolver, checks, check, stop);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }));
                await queue.EnqueueAsync([.. changed.OfType<InvestigationRequest>()], stop);
                (lastSuccess, failures) = (context.Time.GetUtcNow(), 0);
                context.Workers.Report(new WorkerStatus(Name, string.Create(CultureInfo.InvariantCulture, $"{due.Count} checked, {changed.Count(c => c is not null)} changed"),
                    lastSuccess, lastError.Message, lastError.At, due.Count < Batch ? context.Time.GetUtcNow() + idle : null));
                if (due.Count < Batch)
                {
                    await Task.Delay(idle, context.Time, stop);
                }
            }
            catch (Exception e) when (Cluster.QueueFailure.Is(e))
            {
                var wait = PipelineBackoff.Delay(++failures, TimeSpan.FromMinutes(5));
                lastError = ($"dns re-checks: {e.Message}", context.Time.GetUtcNow());
                context.Logger.LogWarning("{Message}", lastError.Message);
                context.Workers.Report(new WorkerStatus(Name, "failing", lastSuccess, lastError.Message, lastError.At, context.Time.GetUtcNow() + wait));
                await Task.Delay(wait, context.Time, stop);
            }
        }
    }

    /// <summary>Checks one finding; the investigation to queue when its answer changed, else null.</summary>
    private async Task<InvestigationRequest?> CheckAsync(IDnsResolver resolver, FindingCheckRepository checks, FindingCheck check, CancellationToken cancel)
    {
        var now = context.Time.GetUtcNow();
        var answer = await DnsAnswer.QueryAsync(resolver, check.Name, cancel);
        if (answer is null)
        {
            // Nothing learnt; checked again next period, the previous answer kept.
            await checks.SaveAsync(check.FindingId, now, check.Answer ?? "", check.NxdomainStreak, cancel);
            return null;
        }

        var nx = answer == DnsAnswer.NxDomain;
        var streak = nx ? check.NxdomainStreak + 1 : 0;
        if (!nx && !check.Live)
        {
            await store.Findings.SetLiveAsync(check.FindingId, true, now, cancel);
        }
        else if (nx && streak == settings.GoneAfter && check.Live)
        {
            // Only a name that answered before is gone: a CT name never put in DNS was never there to leave.
            await store.Findings.SetLiveAsync(check.FindingId, false, now, cancel);
            if (check.State == TriageState.New)
            {
                await store.Triage.ChangeStateAsync(check.FindingId, TriageState.Gone, Service,
                    string.Create(CultureInfo.InvariantCulture, $"NXDOMAIN on {streak} DNS checks in a row"), cancel);
            }
        }

        await checks.SaveAsync(check.FindingId, now, answer, streak, cancel);
        return check.Answer is { Length: > 0 } previous && previous != answer
            ? new InvestigationRequest(check.FindingId, nx ? "DNS: no longer exists" : previous == DnsAnswer.NxDomain ? "DNS: exists again" : "DNS changed", now)
            : null;
    }
}
