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
/// back-off; an organisation added on the dashboard is picked up within <see cref="Refresh"/>. A due sweep runs in this
/// process (<see cref="SweepRunner"/>), or, with a <paramref name="queue"/> (a cluster), is published for whichever
/// sweep worker is free while this process works those it is given.
/// </summary>
internal sealed class SweepService(SweepSettings settings, PipelineContext context, ISourceRoundRepository rounds, VigieDatabase database, SweepQueue? queue = null)
    : BackgroundService
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);

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

        var runner = new SweepRunner(resolver, settings, database, context, rounds);
        var due = queue?.Publisher ?? runner;
        var consuming = queue?.Consumer.ConsumeAsync(runner, stoppingToken) ?? Task.CompletedTask;
        var running = new Dictionary<long, Task>();
        try
        {
            while (true)
            {
                try
                {
                    foreach (var organisation in (await context.Matchers.CurrentAsync(stoppingToken)).Select(m => m.Organisation).Where(o => !running.ContainsKey(o.Id)))
                    {
                        running[organisation.Id] = SweepForeverAsync(organisation, due, stoppingToken);
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
            await Task.WhenAll(running.Values.Append(consuming).Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
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

    private Task SweepForeverAsync(Organisation organisation, ISweepDue due, CancellationToken cancel) =>
        new ScheduledSource(OrganisationSweep.SourceId(organisation), SourceKind.Sweep, organisation.Name, settings.Schedule, OrganisationZone.Of(organisation.TimeZone),
            settings.MaxBackoff, context, rounds).RunAsync((round, c) => due.SweepAsync(organisation, round, c), cancel);
}
