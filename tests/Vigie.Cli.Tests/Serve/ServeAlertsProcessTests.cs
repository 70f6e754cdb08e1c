using Vigie.Alerts.Tests.Support;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Serve;

/// <summary>
/// The alert outbox of `vigie serve` as a real process (issue 14, "a restart loses and repeats nothing"): killed with
/// SIGKILL while one webhook is dead and its alerts wait, started again once it is back, every alert reaches every
/// channel exactly once, the alerts of findings stored while it was down included.
/// </summary>
public sealed class ServeAlertsProcessTests
{
    [Fact]
    public async Task Serve_KilledWhileAChannelIsDead_AfterRestartEachAlertDeliveredOnceToEachChannel()
    {
        await using var lab = await ServeLab.StartAsync(logs: 0, lookalikes: 0, benignPerLookalike: 0);
        await using var alive = await HttpReceiver.StartNewAsync();
        await using var dead = await HttpReceiver.StartNewAsync();
        var deadPort = dead.BaseAddress.Port;
        await dead.StopAsync();
        lab.WriteConfig($"""
            alerts:
              poll: 100ms
              channels:
                - name: alive
                  type: webhook
                  url: {alive.BaseAddress}hook
                  secret: alive-0123456789abcdef
                  retry: 200ms
                  max_retry: 500ms
                - name: dead
                  type: webhook
                  url: {dead.BaseAddress}hook
                  secret: dead-0123456789abcdef
                  retry: 200ms
                  max_retry: 500ms
            """);
        string[] before = ["login-en-marche.fr", "secure-en-marche.com"];
        string[] whileDown = ["office-en-marche.net"];

        using (var first = lab.StartServe())
        {
            await RecordAsync(lab, before);
            await Poll.UntilAsync(() => before.All(n => Received(alive, n) == 1) || first.HasExited, TimeSpan.FromSeconds(60));
            Assert.False(first.HasExited, "vigie serve exited");
            await Poll.UntilAsync(() => Attempts(lab, "dead") >= 2, TimeSpan.FromSeconds(30));
            ServeLab.Kill(first);
            await first.WaitForExitAsync();
        }

        await RecordAsync(lab, whileDown);
        await dead.StartAsync(deadPort);
        using var second = lab.StartServe();
        try
        {
            var all = before.Concat(whileDown).ToList();
            await Poll.UntilAsync(() => all.All(n => Received(alive, n) >= 1 && Received(dead, n) >= 1) || second.HasExited, TimeSpan.FromSeconds(60));
            // Long enough for a repeat to show: many polls and retries.
            await Task.Delay(TimeSpan.FromSeconds(2));

            Assert.All(all, n => Assert.Equal((n, 1, 1), (n, Received(alive, n), Received(dead, n))));
        }
        finally
        {
            ServeLab.Kill(second, "TERM");
            await second.WaitForExitAsync();
        }
    }

    /// <summary>Stores lookalikes as a source would; the outbox event of each is written with it (<see cref="Storage.Migrations.AlertTables"/>).</summary>
    private static async Task RecordAsync(ServeLab lab, IEnumerable<string> names)
    {
        await using var database = VigieDatabase.Open(lab.Database);
        var store = new FindingsStore(database, TimeProvider.System);
        var organisation = (await store.Organisations.ListAsync(CancellationToken.None)).Single(o => o.Slug == "en-marche");
        await store.Findings.RecordAsync(
            [.. names.Select(n => new FindingReport(organisation.Id, n, "en-marche.fr", ["combosquatting"], 85, $"{n} adds a word to en-marche.fr", SourceKind.Ct, "test#1", DateTimeOffset.UtcNow))],
            CancellationToken.None);
    }

    /// <summary>Requests that carried the alert of <paramref name="name"/> (defanged in every alert).</summary>
    private static int Received(HttpReceiver receiver, string name) =>
        receiver.Requests.Count(r => r.Body.Contains(name.Replace(".", "[.]", StringComparison.Ordinal), StringComparison.Ordinal));

    private static long Attempts(ServeLab lab, string channel) =>
        ServeLab.Query(lab.Database, $"SELECT COALESCE(SUM(attempts), 0) FROM alert_deliveries WHERE channel = '{channel}'", r => r.GetInt64(0))[0];
}
