using Vigie.Storage.Alerts;
using Vigie.TestSupport;
using Vigie.Web.Hosting;

namespace Vigie.Web.Tests.Alerts;

public sealed class AlertSettingsReaderTests
{
    [Fact]
    public void Parse_AlertsSection_ChannelsRulesAndDurations()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("secret"), "0123456789abcdef0123456789abcdef\n");
        var config = ServeConfigLoader.Parse("""
            alerts:
              poll: 100ms
              suppress: 12h
              source_failing_after: 30m
              channels:
                - name: soc
                  type: webhook
                  url: https://soc.example.org/hooks/vigie
                  secret_file: secret
                  digest_after: 0
                - name: chat
                  type: mattermost
                  url: https://chat.example.org/hooks/abc
                  max_per_minute: 6
                  retry: 5s
                  rules:
                    - organisations: [en-marche]
                      on: [new_finding, verdict]
                      min_score: 70
                      verdicts: [phishing, suspicious]
                - name: siem
                  type: syslog
                  host: 127.0.0.1
                  transport: tls
                  format: cef
            """, "vigie.yaml", folder.Path, folder.Path);

        var alerts = config.Alerts!;
        Assert.Equal((TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(12), TimeSpan.FromMinutes(30)), (alerts.Poll, alerts.Suppress, alerts.SourceFailingAfter));
        Assert.Equal(["soc", "chat", "siem"], alerts.Channels.Select(c => c.Name));
        Assert.Equal((0, 6, TimeSpan.FromSeconds(5)), (alerts.Channels[0].Delivery.DigestAfter, alerts.Channels[1].Delivery.MaxPerMinute, alerts.Channels[1].Delivery.FirstRetry));
        var rule = Assert.Single(alerts.Channels[1].Rules);
        Assert.True(rule.Matches(AlertEventKind.Verdict, "en-marche", 80, "suspicious"));
        Assert.False(rule.Matches(AlertEventKind.NewFinding, "en-marche", 60, null));
        Assert.False(rule.Matches(AlertEventKind.WentLive, "en-marche", 80, null));
        Assert.False(rule.Matches(AlertEventKind.NewFinding, "other", 80, null));
        Assert.True(alerts.Channels[2].Rules[0].Matches(AlertEventKind.SourceFailing, null, null, null));
    }

    [Theory]
    [InlineData("alerts:\n  channels:\n    - name: a\n      type: pager\n", "vigie.yaml line 4, alerts.channels[0].type: 'pager' is not one of webhook, slack, mattermost, teams, matrix, syslog")]
    [InlineData("alerts:\n  channels:\n    - name: a\n      type: webhook\n      url: https://h.example.org/\n", "vigie.yaml line 3, alerts.channels[0].secret: a webhook needs a secret (secret or secret_file) to sign with")]
    [InlineData("alerts:\n  channels:\n    - name: a\n      type: slack\n      url: https://h.example.org/\n      rules:\n        - on: [new]\n", "vigie.yaml line 7, alerts.channels[0].rules[0].on: 'new' is not one of")]
    [InlineData("alerts:\n  channels:\n    - name: a\n      type: slack\n      url: https://h.example.org/\n      colour: red\n", "vigie.yaml line 6: unknown field 'alerts.channels[0].colour'")]
    [InlineData("alerts:\n  poll: soon\n  channels: []\n", "vigie.yaml line 2, alerts.poll: 'soon' is not a duration")]
    [InlineData("alerts:\n  channels: []\n", "vigie.yaml line 2, alerts: no channel")]
    [InlineData("alerts:\n  channels:\n    - name: a\n      type: slack\n      url: https://h.example.org/\n    - name: a\n      type: teams\n      url: https://h.example.org/\n", "vigie.yaml line 6: a second channel named 'a'")]
    public void Parse_BadAlerts_OneLineNamingTheField(string text, string message)
    {
        var error = Assert.Throws<ServeConfigException>(() => ServeConfigLoader.Parse(text, "vigie.yaml", "/etc/vigie", "/srv/vigie"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
