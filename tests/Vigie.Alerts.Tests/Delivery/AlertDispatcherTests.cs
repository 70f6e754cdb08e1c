using System.Diagnostics;
using System.Text.Json;
using Vigie.Alerts.Channels.Syslog;
using Vigie.Alerts.Settings;
using Vigie.Alerts.Tests.Support;
using Vigie.Storage.Findings;
using Vigie.TestSupport;
using Vigie.TestSupport.Smtp;
using Vigie.TestSupport.Storage;

namespace Vigie.Alerts.Tests.Delivery;

[Collection(RsyslogCollection.Name)]
public sealed class AlertDispatcherTests(RsyslogServer rsyslog)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task RunAsync_OneChannelDead_OthersWithinASecondAndDeadOneExactlyOnceAfterRestart()
    {
        await using var store = await OrganisationStore.OpenAsync();
        await using var webhook = await HttpReceiver.StartNewAsync();
        await using var slack = await HttpReceiver.StartNewAsync();
        await using var teams = await HttpReceiver.StartNewAsync();
        await using var matrix = await HttpReceiver.StartNewAsync();
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var dead = await HttpReceiver.StartNewAsync();
        var deadPort = dead.BaseAddress.Port;
        await dead.StopAsync();
        var settings = new AlertSettings
        {
            Channels =
            [
                TestChannels.Webhook("siem", webhook.BaseAddress, "s1"),
                TestChannels.Slack("slack", slack.BaseAddress),
                TestChannels.Teams("teams", teams.BaseAddress),
                TestChannels.Matrix("matrix", matrix.BaseAddress),
                TestChannels.Email("email", "team@example.org"),
                TestChannels.Syslog("syslog-udp", rsyslog, SyslogTransport.Udp, 20),
                TestChannels.Syslog("syslog-tcp", rsyslog, SyslogTransport.Tcp, 21),
                TestChannels.Syslog("syslog-tls", rsyslog, SyslogTransport.Tls, 22),
                TestChannels.Webhook("backup", dead.BaseAddress, "s2"),
            ],
            Poll = TimeSpan.FromMilliseconds(50),
            DashboardUrl = new Uri("https://vigie.example.org/"),
            Smtp = TestChannels.Smtp(smtp.Port),
        };
        var status = new RecordingStatus();
        var alive = new[] { webhook, slack, teams, matrix };
        string[] names = ["en-marche-warmup.fr", "en-marche-alpha.fr", "en-marche-bravo.fr", "en-marche-charlie.fr"];

        await using (new RunningDispatcher(settings, store.Database, status))
        {
            // The first alert pays for the JIT, the first TLS handshake and the first connections; the second is timed.
            await store.RecordAsync(names[0]);
            await Poll.UntilAsync(() => alive.All(r => Received(r, names[0]) == 1) && SyslogLines(names[0]) == 3 && Mails(smtp, names[0]) == 1, 10 * Second);
            var clock = Stopwatch.StartNew();
            await store.RecordAsync(names[1]);
            await store.RecordAsync(names[2]);
            await Poll.UntilAsync(() => alive.All(r => Received(r, names[1]) == 1 && Received(r, names[2]) == 1) && SyslogLines(names[1]) == 3 && SyslogLines(names[2]) == 3
                && Mails(smtp, names[1]) == 1 && Mails(smtp, names[2]) == 1, 10 * Second);
            Assert.True(clock.Elapsed < Second, $"took {clock.Elapsed}: {string.Join("; ", status.Reports)}");
            await Poll.UntilAsync(() => status.Reports.Any(r => r.StartsWith("alerts backup: ", StringComparison.Ordinal) && !r.EndsWith(": ok", StringComparison.Ordinal)), 5 * Second);
        }

        await store.RecordAsync(names[3]); // while stopped: found at the next start
        await dead.StartAsync(deadPort);
        await using (new RunningDispatcher(settings, store.Database, status))
        {
            await Poll.UntilAsync(() => names.All(n => Received(dead, n) == 1) && alive.All(r => Received(r, names[3]) == 1) && SyslogLines(names[3]) == 3 && Mails(smtp, names[3]) == 1, 10 * Second);
            await Task.Delay(Second); // time for a repeat to show, if there were one
        }

        foreach (var receiver in alive.Append(dead))
        {
            Assert.All(names, name => Assert.Equal(1, Received(receiver, name)));
        }

        Assert.All(names, name => Assert.Equal(3, SyslogLines(name)));
        Assert.All(names, name => Assert.Equal(1, Mails(smtp, name)));
        var deliveries = dead.Requests.SelectMany(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("name").GetString())).ToList();
        Assert.Equal(names.Order(), deliveries.Order());
    }

    [Fact]
    public async Task RunAsync_Burst_OneDigestInsteadOfOneMessageEach()
    {
        await using var store = await OrganisationStore.OpenAsync();
        await using var slack = await HttpReceiver.StartNewAsync();
        var settings = new AlertSettings
        {
            Channels = [TestChannels.Slack("slack", slack.BaseAddress) with { Delivery = TestChannels.Quick with { DigestAfter = 3 } }],
            Poll = TimeSpan.FromMilliseconds(50),
        };
        var names = Enumerable.Range(1, 12).Select(i => $"en-marche-burst{i}.fr").ToList();
        foreach (var name in names)
        {
            await store.RecordAsync(name);
        }

        await using (new RunningDispatcher(settings, store.Database, new RecordingStatus()))
        {
            await Poll.UntilAsync(() => names.All(n => Received(slack, n) == 1), 5 * Second);
        }

        var digest = Assert.Single(slack.Requests);
        Assert.Contains("12 Vigie alerts for En Marche", digest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TakedownFollowUpDue_OneReminderAcrossARestart()
    {
        await using var store = await OrganisationStore.OpenAsync();
        await using var webhook = await HttpReceiver.StartNewAsync();
        var settings = new AlertSettings { Channels = [TestChannels.Webhook("soc", webhook.BaseAddress, "s1")], Poll = TimeSpan.FromMilliseconds(50) };
        var id = await store.RecordAsync("en-marche-takedown.fr");
        await store.Store.Takedowns.AddAsync(id, ["abuse@registrar.example"], "en", sent: true, "m.durand", DateTimeOffset.UtcNow.AddHours(-1), CancellationToken.None);
        await store.Store.Triage.ChangeStateAsync(id, TriageState.TakedownRequested, new Actor("m.durand"), "abuse report sent", CancellationToken.None);

        await using (new RunningDispatcher(settings, store.Database, new RecordingStatus()))
        {
            await Poll.UntilAsync(() => Reminders(webhook) == 1, 10 * Second);
        }

        await using (new RunningDispatcher(settings, store.Database, new RecordingStatus()))
        {
            await store.RecordAsync("en-marche-after.fr");
            await Poll.UntilAsync(() => Received(webhook, "en-marche-after.fr") == 1, 10 * Second);
        }

        Assert.Equal(1, Reminders(webhook));
        Assert.Contains("abuse@registrar.example", webhook.Requests.Single(r => r.Body.Contains("takedown_followup", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
    }

    private static int Reminders(HttpReceiver receiver) => receiver.Requests.Count(r => r.Body.Contains("Takedown follow-up due: en-marche-takedown[.]fr", StringComparison.Ordinal));

    /// <summary>How many requests mention the name (defanged, as every alert writes it).</summary>
    private static int Received(HttpReceiver receiver, string name) =>
        receiver.Requests.Count(r => r.Body.Contains(name.Replace(".", "[.]", StringComparison.Ordinal), StringComparison.Ordinal));

    private static int Mails(SmtpTestServer smtp, string name) =>
        smtp.Messages().Count(m => System.Text.Encoding.UTF8.GetString(m.Data).Contains(name.Replace(".", "[.]", StringComparison.Ordinal), StringComparison.Ordinal));

    private int SyslogLines(string name) => rsyslog.Lines().Count(l => l.Contains($"name=\"{name}\"", StringComparison.Ordinal));
}
