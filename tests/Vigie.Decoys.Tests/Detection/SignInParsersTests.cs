using System.Text.Json;
using Vigie.Decoys.Detection;
using Vigie.TestSupport;

namespace Vigie.Decoys.Tests.Detection;

/// <summary>The parsers on the vendors' own samples (tests/data/signin/README.md).</summary>
public sealed class SignInParsersTests
{
    private static IReadOnlyList<SignInEvent> ParseWhole(LogFormat format, string relative, FieldMapping? fields = null)
    {
        var parser = SignInParsers.Create(format, fields, null, TimeProvider.System);
        var bytes = File.ReadAllBytes(SharedData.Path(relative));
        var framer = new RecordFramer(parser.Framing);
        var records = new List<Range>();
        framer.Frame(bytes.AsSpan(), records);
        if (parser.Framing != RecordFraming.Json && bytes.Length > 0 && bytes[^1] != (byte)'\n')
        {
            records.Clear();
            framer = new RecordFramer(parser.Framing);
            framer.Frame([.. bytes, (byte)'\n'], records);
            bytes = [.. bytes, (byte)'\n'];
        }

        return [.. records.SelectMany(r => parser.Parse(System.Text.Encoding.UTF8.GetString(bytes.AsSpan(r))))];
    }

    [Fact]
    public void Parse_GraphV1Page_TheSignInWithItsAddressAndSuccess()
    {
        var e = Assert.Single(ParseWhole(LogFormat.Entra, "signin/entra/graph-v1.0-list-signins.json"));

        Assert.Equal("testaccount1@contoso.com", e.Username);
        Assert.Equal("success", e.Outcome);
        Assert.Equal(DateTimeOffset.Parse("2020-03-13T19:15:41.6195833Z", System.Globalization.CultureInfo.InvariantCulture), e.Time);
        Assert.False(string.IsNullOrEmpty(e.SourceAddress));
        Assert.False(string.IsNullOrEmpty(e.EventId));
    }

    [Fact]
    public void Parse_GraphBetaSignInAndAzureMonitorRecord_UserAgentAndCallerAddress()
    {
        var beta = Assert.Single(ParseWhole(LogFormat.Entra, "signin/entra/graph-beta-get-signin.json"));
        var monitor = Assert.Single(ParseWhole(LogFormat.Entra, "signin/entra/azure-monitor-signinlogs-record.json"));
        var emptyStatus = Assert.Single(ParseWhole(LogFormat.Entra, "signin/entra/graph-beta-list-signins-password.json"));

        Assert.StartsWith("Mozilla/5.0 (Windows NT 10.0", beta.UserAgent, StringComparison.Ordinal);
        Assert.NotNull(monitor.Time);
        Assert.NotEqual("success", monitor.Outcome);
        Assert.Equal(("jdoe@contoso.com", "unknown"), (emptyStatus.Username, emptyStatus.Outcome));
    }

    [Fact]
    public void Parse_LogAnalyticsExport_NineRecordsSevenSucceeded()
    {
        var events = ParseWhole(LogFormat.EntraLa, "signin/entra/log-analytics-signinlogs-export.csv");

        Assert.Equal(9, events.Count);
        Assert.Equal(7, events.Count(e => e.Outcome == "success"));
        Assert.Contains(events, e => e.Outcome.StartsWith("failure: 50058", StringComparison.Ordinal));
        Assert.All(events, e => Assert.Equal("adelev@m365x816222.onmicrosoft.com", e.Username));
        Assert.Equal(new DateTimeOffset(2021, 4, 28, 14, 8, 45, 221, TimeSpan.Zero), events[0].Time);
        Assert.Equal("175.45.176.99", events[0].SourceAddress);
    }

    [Fact]
    public void Parse_GoogleActivities_LoginEventsWithTheirOutcomes()
    {
        var events = ParseWhole(LogFormat.Google, "signin/google/sentinel-gworkspace-login-activities.json");

        Assert.Equal(3, events.Count);
        Assert.Equal(2, events.Count(e => e.Outcome == "success"));
        Assert.All(events, e => Assert.Equal(("sanitized_email.com", "52.52.52.52"), (e.Username, e.SourceAddress)));
    }

    [Theory]
    [InlineData("signin/other/okta-event-hook-user-session-start.json")]
    [InlineData("signin/other/okta-systemlog-event-user-session-start.json")]
    public void Parse_OktaHookAndEvent_ActorAlternateIdClientAndOutcome(string relative)
    {
        var e = Assert.Single(ParseWhole(LogFormat.Okta, relative));

        Assert.Equal(("admin@okta.com", "142.126.158.61", "success"), (e.Username, e.SourceAddress, e.Outcome));
        Assert.StartsWith("Mozilla/5.0 (Macintosh", e.UserAgent, StringComparison.Ordinal);
        Assert.Equal("f1d0b993-cc19-11ed-a688-db22c99ef6c4", e.EventId);
    }

    [Fact]
    public void Parse_BeatsAuthLog_SshdPasswordAndInvalidUserLines()
    {
        var events = ParseWhole(LogFormat.Syslog, "signin/other/beats-system-auth-test.log");

        Assert.Contains(events, e => e is { Username: "vagrant", SourceAddress: "192.168.33.1", Outcome: "success" });
        Assert.Contains(events, e => e is { Username: "test", SourceAddress: "10.0.2.2", Outcome: "failure" });
        Assert.All(events, e => Assert.NotNull(e.Time));
    }

    [SkippableTheory]
    [InlineData("signin/other/fail2ban-sshd.log", 20)]
    [InlineData("signin/other/fail2ban-dovecot.log", 15)]
    [InlineData("signin/other/fail2ban-roundcube-auth.log", 10)]
    public void Parse_Fail2banAnnotatedCases_AddressAndUserAsExpectedEvenWhenInjected(string relative, int least)
    {
        var path = SharedData.Path(relative);
        Skip.IfNot(File.Exists(path), $"{path} is absent (GPL-2.0: kept out of the repository)");
        var parser = SignInParsers.Create(LogFormat.Syslog, null, null, TimeProvider.System);
        JsonElement? expected = null;
        var checkedLines = 0;

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# failJSON:", StringComparison.Ordinal))
            {
                expected = JsonDocument.Parse(line["# failJSON:".Length..]).RootElement.Clone();
                continue;
            }

            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var events = parser.Parse(line);
            if (events.Count == 1 && expected is { } e && e.TryGetProperty("host", out var host))
            {
                Assert.True(events[0].SourceAddress!.Replace("::ffff:", "", StringComparison.Ordinal) == host.GetString(), $"{line} -> {events[0].SourceAddress}");
                if (e.TryGetProperty("user", out var user))
                {
                    Assert.True(events[0].Username == user.GetString(), $"{line} -> {events[0].Username}");
                }

                checkedLines++;
            }

            expected = null;
        }

        Assert.True(checkedLines >= least, $"{checkedLines} annotated attempts read");
    }

    [Fact]
    public void Parse_GenericJsonLinesWithMapping_FieldsByDottedPath()
    {
        var parser = SignInParsers.Create(LogFormat.Jsonl, FieldMapping.Parse("user=who.name,ip=src,time=ts"), null, TimeProvider.System);

        var e = Assert.Single(parser.Parse("""{"who":{"name":"a.b@en-marche.fr"},"src":"198.51.100.7","ts":"2026-12-01T10:00:00Z","outcome":"denied"}"""));

        Assert.Equal(("a.b@en-marche.fr", "198.51.100.7", "denied"), (e.Username, e.SourceAddress, e.Outcome));
        Assert.Throws<ArgumentException>(() => FieldMapping.Parse("name=x"));
    }
}
