using System.Data.Common;
using Vigie.Alerts.Routing;
using Vigie.Alerts.Settings;
using Vigie.Storage.Alerts;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Storage.Sources;
using Vigie.Storage.Takedowns;

namespace Vigie.Alerts.Delivery;

/// <summary>
/// The alert side of `vigie serve` (README, "Alerts"): routes the outbox's events to the channels' queues, runs one
/// worker per channel, watches the sources for long failures and the takedown requests for follow-ups due, and prunes old rows. One dispatcher per database: with
/// several serve processes on one PostgreSQL the others stand by on the "alerts" lock, so nothing is sent twice. A due
/// batch is sent from here, or, given <paramref name="handOver"/> (a cluster), handed over by it to whichever web process is free.
/// </summary>
internal sealed class AlertDispatcher(AlertSettings settings, VigieDatabase database, IAlertStatus status, TimeProvider time,
    Func<AlertChannelSettings, IBatchSender>? handOver = null)
{
    private static readonly TimeSpan StandbyRetry = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    private static readonly TimeSpan TakedownCheckEvery = TimeSpan.FromMinutes(1);

    private readonly AlertEventRepository events = new(database, time);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        IAsyncDisposable? held;
        while ((held = await database.TryLockAsync("alerts", cancellationToken)) is null)
        {
            status.Report("alerts", "another vigie serve sends this database's alerts; standing by", time.GetUtcNow() + StandbyRetry);
            await Task.Delay(StandbyRetry, time, cancellationToken);
        }

        await using (held)
        {
            var deliveries = new AlertDeliveryRepository(database);
            var workers = settings.Channels.Select(c => new ChannelWorker(c,
                handOver?.Invoke(c) ?? new DirectBatchSender(c, c.Create(new AlertChannelContext(time, settings.Smtp)), deliveries, status, time), deliveries, status, time)).ToList();
            var router = new AlertRouter(settings, events, new AlertComposer(new FindingRepository(database, time), new OrganisationRepository(database, time), settings.DashboardUrl), time);
            var monitor = new SourceFailureMonitor(new SourceStatusRepository(database, time), events, settings.SourceFailingAfter, time);
            var followUps = new TakedownFollowUpMonitor(new TakedownRepository(database, time), settings.TakedownFollowUp, time);
            var idle = settings.Poll * 20;
            try
            {
                // What waited while stopped is queued before the workers start, so that a backlog leaves as digests.
                await router.RouteAsync(cancellationToken);
            }
            catch (Exception e) when (Recoverable(e))
            {
                status.Report("alerts router", e.Message, null);
            }

            await Task.WhenAll([.. workers.Select(w => Task.Run(() => w.RunAsync(idle, cancellationToken), CancellationToken.None)),
                LoopAsync("alerts router", settings.Poll, async ct => Wake(workers, await router.RouteAsync(ct)), cancellationToken),
                LoopAsync("alerts sources", MonitorInterval(), async ct => await monitor.CheckAsync(ct), cancellationToken),
                LoopAsync("alerts takedown follow-ups", TakedownCheckEvery, async ct => await followUps.CheckAsync(ct), cancellationToken),
                LoopAsync("alerts pruning", PruneEvery, async ct => await events.PruneAsync(time.GetUtcNow() - settings.Keep, ct), cancellationToken)]);
        }
    }

    /// <summary>A database or data error: reported, and the loop tries again, instead of ending alerts for the process.</summary>
    private static bool Recoverable(Exception e) => e is DbException or InvalidOperationException or IOException or FormatException;

    private static void Wake(List<ChannelWorker> workers, IReadOnlySet<string> channels)
    {
        foreach (var worker in workers.Where(w => channels.Contains(w.Name)))
        {
            worker.Signal.Wake();
        }
    }

    /// <summary>Often enough that a source is reported within a tenth of the configured time, no more than every 5 s.</summary>
    private TimeSpan MonitorInterval() => TimeSpan.FromTicks(Math.Clamp(settings.SourceFailingAfter.Ticks / 10, TimeSpan.FromSeconds(5).Ticks, TimeSpan.FromMinutes(5).Ticks));

    private async Task LoopAsync(string part, TimeSpan every, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await work(cancellationToken);
                await Task.Delay(every, time, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (Recoverable(e))
            {
                var wait = TimeSpan.FromSeconds(5);
                status.Report(part, e.Message, time.GetUtcNow() + wait);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }
}
