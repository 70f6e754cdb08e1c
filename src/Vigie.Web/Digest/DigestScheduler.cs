using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigie.Mail;
using Vigie.Storage.Digests;
using Vigie.Storage.Organisations;
using Vigie.Web.Hosting;

namespace Vigie.Web.Digest;

/// <summary>
/// Sends each organisation's digest when its cron expression comes due in the organisation's time zone (Cronos, so a
/// daylight-saving change neither skips nor repeats a Monday 08:00). A digest covers the seven days before it is due.
/// Organisations and their time zones are re-read at least every few minutes, so one added on the dashboard is picked up.
/// Each occurrence is claimed in the store before its digest goes (<see cref="IDigestRunRepository"/>), so none is sent
/// twice, across restarts too; on start, the latest occurrence missed while the server was down (the machine off on
/// Monday 08:00) is sent once, late, with the week it was due for. An organisation whose schedule never ran starts at
/// its next occurrence: a new configuration does not send last week's digest out of the blue.
/// </summary>
internal sealed partial class DigestScheduler(
    DigestService service, IOrganisationRepository organisations, IDigestRunRepository runs, IMailSender sender, WorkerStatusRegistry workers, ILogger logger) : BackgroundService
{
    private const string Worker = "digest";
    private static readonly TimeSpan Reread = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan CatchUpWindow = TimeSpan.FromDays(35);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var time = service.Time;
        var checkedUntil = time.GetUtcNow();
        try
        {
            try
            {
                await CatchUpAsync(checkedUntil, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store unreachable at start: the schedule still runs; the missed digest is tried at the next start.
                LogFailed(logger, "every organisation (catching up)", e.Message);
                workers.Report(new WorkerStatus(Worker, "failing", null, $"catching up: {e.Message}", time.GetUtcNow(), null));
            }

            while (true)
            {
                var due = await DueAsync(checkedUntil, stoppingToken);
                var next = due.Count == 0 ? (DateTimeOffset?)null : due.Min(d => d.At);
                workers.Report(new WorkerStatus(Worker, next is null ? "idle" : "waiting", null, null, null, next));
                var wake = next is { } n && n - time.GetUtcNow() < Reread ? n : time.GetUtcNow() + Reread;
                var wait = wake - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }

                var now = time.GetUtcNow();
                foreach (var (organisation, at) in due.Where(d => d.At <= now))
                {
                    await SendAsync(organisation, at, stoppingToken);
                }

                checkedUntil = now;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // SIGTERM.
        }
    }

    /// <summary>For each organisation with recipients, the latest occurrence since the last one handled, sent now; none when its schedule never ran.</summary>
    private async Task CatchUpAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var organisation in await organisations.ListAsync(cancellationToken))
        {
            var plan = service.Settings.PlanFor(organisation.Slug);
            if (plan.To.Count == 0)
            {
                continue;
            }

            var zone = TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone);
            var last = await runs.LastAsync(organisation.Id, cancellationToken);
            // Occurrences older than the window are not worth a digest: the latest one within it covers the last week.
            var from = last is { } l && l > now - CatchUpWindow ? l : now - CatchUpWindow;
            var missed = plan.Schedule.GetOccurrences(from, now, zone, fromInclusive: false, toInclusive: true).Select(o => (DateTimeOffset?)o).LastOrDefault();
            if (last is null)
            {
                // The schedule starts now: recorded, so that an occurrence missed from here on is caught up.
                var mark = missed ?? now;
                if (await runs.ClaimAsync(organisation.Id, mark, cancellationToken))
                {
                    await runs.FinishAsync(organisation.Id, mark, false, "schedule started after this occurrence: not sent", cancellationToken);
                }
            }
            else if (missed is { } at)
            {
                LogCatchUp(logger, organisation.Slug, at);
                await SendAsync(organisation, at, cancellationToken);
            }
        }
    }

    /// <summary>Each organisation with recipients and its next occurrence after <paramref name="after"/>.</summary>
    private async Task<List<(Organisation Organisation, DateTimeOffset At)>> DueAsync(DateTimeOffset after, CancellationToken cancellationToken)
    {
        var due = new List<(Organisation, DateTimeOffset)>();
        foreach (var organisation in await organisations.ListAsync(cancellationToken))
        {
            var plan = service.Settings.PlanFor(organisation.Slug);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone);
            if (plan.To.Count > 0 && plan.Schedule.GetNextOccurrence(after, zone) is { } at)
            {
                due.Add((organisation, at));
            }
        }

        return due;
    }

    private async Task SendAsync(Organisation organisation, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            if (!await runs.ClaimAsync(organisation.Id, at, cancellationToken))
            {
                return;
            }

            var build = await service.BuildAsync(organisation, new DigestPeriod(at.AddDays(-7), at), null, cancellationToken);
            var report = await service.SendAsync(build, service.Settings.PlanFor(organisation.Slug).To, sender, cancellationToken);
            var summary = report?.Summary() ?? "nothing found, not sent (digest: empty: skip)";
            await runs.FinishAsync(organisation.Id, at, report is { Delivered: > 0 }, summary, cancellationToken);
            LogSent(logger, organisation.Slug, build.Content.Entries.Count, summary);
            workers.Report(new WorkerStatus(Worker, report is { Failed.Count: > 0 } ? "failing" : "ok", service.Time.GetUtcNow(),
                report is { Failed.Count: > 0 } ? $"{organisation.Slug}: {summary}" : null, report is { Failed.Count: > 0 } ? service.Time.GetUtcNow() : null, null));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One organisation's failure (database, evidence) must not stop the others' digests.
            LogFailed(logger, organisation.Slug, e.Message);
            workers.Report(new WorkerStatus(Worker, "failing", null, $"{organisation.Slug}: {e.Message}", service.Time.GetUtcNow(), null));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "digest of {Organisation}: {Findings} finding(s); {Summary}")]
    private static partial void LogSent(ILogger logger, string organisation, int findings, string summary);

    [LoggerMessage(Level = LogLevel.Information, Message = "digest of {Organisation} due at {DueAt:u} was missed while the server was down: sent now")]
    private static partial void LogCatchUp(ILogger logger, string organisation, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "digest of {Organisation} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string organisation, string error);
}
