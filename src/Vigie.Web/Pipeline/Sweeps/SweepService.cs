using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigie.Enrichment.Dns;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Storage.Sources;
using Vigie.Web.Hosting;
using Vigie.Web.Pipeline.Scheduling;

namespace Vigie.Web.Pipeline.Sweeps;

/// <summary>
/// Sweeps in `vigie serve`: every organisation on its own schedule (in its time zone), each with its own status and
/// back-off; an organisation added on the dashboard is picked up within <see cref="Refresh"/>. One resolver and one
/// sweep at a time, so the configured concurrency and rate hold for the whole process, however many organisations.
/// </summary>
internal sealed class SweepService(SweepSettings settings, PipelineContext context, ISourceRoundRepository rounds, VigieDatabase database) : BackgroundService
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var servers = settings.NameServers.Count > 0 ? settings.NameServers : ResolvConf.Read();
        if (servers.Count == 0)
        {
            context.Workers.Report(new WorkerStatus("sweeps", "stopped", null, "no name server in /etc/resolv.conf: give sweeps.nameservers", context.Time.GetUtcNow(), null));
            return;
        }

        using var resolver = await OpenResolverAsync(servers, stoppingToken);
        if (resolver is null)
        {
            return;
        }

        var running = new Dictionary<long, Task>();
        try
        {
            while (true)
            {
                try
                {
                    foreach (var organisation in (await context.Matchers.CurrentAsync(stoppingToken)).Select(m => m.Organisation).Where(o => !running.ContainsKey(o.Id)))
                    {
                        running[organisation.Id] = SweepForeverAsync(organisation.Id, organisation, resolver, stoppingToken);
                    }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    context.Logger.LogWarning("sweeps: cannot list the organisations: {Message}", e.Message);
                }

                await Task.Delay(Refresh, context.Time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // SIGTERM: each sweep stops once its last batch is stored.
            await Task.WhenAll(running.Values.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }

    /// <summary>
    /// The resolver's sockets are connected at once, which fails while the host has no route to the name servers
    /// (network down at boot): the sweeps say so and try again with back-off, the other sources go on. Null on stop.
    /// </summary>
    private async Task<DnsResolver?> OpenResolverAsync(IReadOnlyList<System.Net.IPEndPoint> servers, CancellationToken stoppingToken)
    {
        var failures = 0;
        while (true)
        {
            var wait = PipelineBackoff.Delay(++failures, settings.MaxBackoff);
            try
            {
                return new DnsResolver(new DnsResolverOptions
                {
                    Servers = servers,
                    Timeout = settings.Timeout,
                    Retries = settings.Retries,
                    QueriesPerSecondPerServer = settings.Rate ?? NameServerAddress.DefaultRate(servers),
                }, context.Time);
            }
            catch (SocketException e)
            {
                var now = context.Time.GetUtcNow();
                var message = $"cannot reach the name servers ({e.Message}); trying again in {wait.TotalSeconds:0} s";
                context.Workers.Report(new WorkerStatus("sweeps", "failing", null, message, now, now + wait));
                context.Logger.LogWarning("sweeps: {Message}", message);
            }

            try
            {
                await Task.Delay(wait, context.Time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }

    private async Task SweepForeverAsync(long id, Organisation first, IDnsResolver resolver, CancellationToken cancel)
    {
        var source = new ScheduledSource(OrganisationSweep.SourceId(first), SourceKind.Sweep, first.Name, settings.Schedule, TimeZone(first.TimeZone),
            settings.MaxBackoff, context, rounds);
        await source.RunAsync(async (round, c) =>
        {
            await oneAtATime.WaitAsync(c);
            try
            {
                // The watchlist as it is now: edited on the dashboard since the last round, it is what this round sweeps.
                var organisation = (await context.Matchers.CurrentAsync(c)).FirstOrDefault(m => m.Organisation.Id == id)?.Organisation ?? first;
                return await new OrganisationSweep(organisation, resolver, settings, database, context, rounds).RunAsync(round, c);
            }
            finally
            {
                oneAtATime.Release();
            }
        }, cancel);
    }

    private static TimeZoneInfo TimeZone(string name)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc; // checked when the organisation was saved; a system without the zone falls back to UTC
        }
    }
}
