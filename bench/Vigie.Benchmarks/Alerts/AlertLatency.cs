using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Vigie.Alerts.Channels;
using Vigie.Alerts.Delivery;
using Vigie.Alerts.Settings;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.TestSupport;

namespace Vigie.Benchmarks.Alerts;

/// <summary>
/// Alert latency (bench/alerts/run.sh): from a finding stored (its transaction committed) to a signed webhook received
/// by a local HTTP listener, through the outbox, the router and the channel's worker, on SQLite; one finding at a
/// time, alongside a second webhook channel whose receiver is dead (connection refused) to show it delays nothing.
/// </summary>
internal static class AlertLatency
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 2 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var count) || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var pollMs))
        {
            await Console.Error.WriteLineAsync("usage: alert-latency FINDINGS POLL_MS");
            return 2;
        }

        using var folder = new TempFolder();
        await using var database = VigieDatabase.Open(folder.File("vigie.db"));
        await Migrator.MigrateAsync(database, CancellationToken.None);
        var organisation = await new OrganisationRepository(database, TimeProvider.System).CreateAsync(
            new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", "domains: [en-marche.fr]\n"), CancellationToken.None);
        var findings = new FindingRepository(database, TimeProvider.System);
        var arrived = new ConcurrentDictionary<string, TaskCompletionSource<long>>();
        var (app, address) = await LoopbackWebHost.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var at = Stopwatch.GetTimestamp();
            foreach (var (name, waiting) in arrived)
            {
                if (body.Contains(name.Replace(".", "[.]", StringComparison.Ordinal), StringComparison.Ordinal))
                {
                    waiting.TrySetResult(at);
                }
            }

            context.Response.StatusCode = StatusCodes.Status204NoContent;
        }, IPAddress.Loopback);
        await using var _ = app;
        var delivery = new DeliverySettings { MaxPerMinute = 0, DigestAfter = 0 };
        var settings = new AlertSettings
        {
            Poll = TimeSpan.FromMilliseconds(pollMs),
            Channels =
            [
                new("hook", "webhook", [AlertRule.Everything], delivery, c => new WebhookChannel(address, "bench-secret-0123456789", c.Time, AlertHttp.CreateClient())),
                new("dead", "webhook", [AlertRule.Everything], delivery, c => new WebhookChannel(new Uri("http://127.0.0.1:9/"), "bench-secret-0123456789", c.Time, AlertHttp.CreateClient())),
            ],
        };
        using var stop = new CancellationTokenSource();
        var dispatcher = Task.Run(() => new AlertDispatcher(settings, database, new SilentStatus(), TimeProvider.System).RunAsync(stop.Token));
        var latencies = new List<double>();
        for (var i = -5; i < count; i++) // the first five warm up (JIT, connections) and are not counted
        {
            var name = $"en-marche-bench{i + 5}.fr";
            var waiting = arrived[name] = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            var started = Stopwatch.GetTimestamp();
            await findings.RecordAsync([new FindingReport(organisation.Id, name, "en-marche.fr", ["combosquatting"], 80, "bench", SourceKind.Ct, "bench#1", DateTimeOffset.UtcNow)], CancellationToken.None);
            var received = await waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
            if (i >= 0)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started, received).TotalMilliseconds);
            }

            await Task.Delay(Random.Shared.Next(0, pollMs + 1)); // findings arrive at any point of the poll cycle
        }

        await stop.CancelAsync();
        await dispatcher.ContinueWith(_ => { }, TaskScheduler.Default);
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"alert latency, poll {pollMs} ms, {count} findings: median {latencies[count / 2]:F0} ms, p95 {latencies[(int)(count * 0.95)]:F0} ms, max {latencies[^1]:F0} ms"));
        return 0;
    }

    private sealed class SilentStatus : IAlertStatus
    {
        public void Report(string part, string? error, DateTimeOffset? next)
        {
        }
    }
}
