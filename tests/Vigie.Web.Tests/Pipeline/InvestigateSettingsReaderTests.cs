using System.Net;
using Vigie.Web.Hosting;

namespace Vigie.Web.Tests.Pipeline;

public sealed class InvestigateSettingsReaderTests
{
    [Fact]
    public void Read_EveryField_Kept()
    {
        var settings = Parse("""
            investigate:
              min_score: 80
              concurrency: 4
              screenshots: false
              timeout: 10
              allow_loopback: true
              nameservers: [127.0.0.1:5353, "::1"]
              recheck: 12h
              dns_check: 15m
              gone_after: 5
              genuine_refresh: 2d
              rdap_bootstrap: rdap/dns.json
            """).Investigate!;
        Assert.Equal((80, 4, false, TimeSpan.FromSeconds(10), true), (settings.MinScore, settings.Concurrency, settings.Screenshots, settings.Timeout, settings.AllowLoopback));
        Assert.Equal([IPEndPoint.Parse("127.0.0.1:5353"), new IPEndPoint(IPAddress.IPv6Loopback, 53)], settings.NameServers);
        Assert.Equal((TimeSpan.FromHours(12), TimeSpan.FromMinutes(15), 5, TimeSpan.FromDays(2)), (settings.Recheck, settings.DnsCheck, settings.GoneAfter, settings.GenuineRefresh));
        Assert.Equal("/etc/vigie/rdap/dns.json", settings.RdapBootstrap);
    }

    [Fact]
    public void Read_EmptySection_SafeDefaults()
    {
        var settings = Parse("investigate:\n").Investigate!;
        Assert.Equal((70, 2, true, false), (settings.MinScore, settings.Concurrency, settings.Screenshots, settings.AllowLoopback));
        Assert.Empty(settings.NameServers);
        Assert.Equal((TimeSpan.FromDays(1), TimeSpan.FromHours(1), 3), (settings.Recheck, settings.DnsCheck, settings.GoneAfter));
    }

    [Fact]
    public void Parse_NoInvestigateSection_NothingInvestigated() => Assert.Null(Parse("listen: http://127.0.0.1:8080").Investigate);

    [Theory]
    [InlineData("investigate: yes", "vigie.yaml line 1, investigate: expected fields (min_score, concurrency")]
    [InlineData("investigate:\n  min_score: 101", "vigie.yaml line 2, investigate.min_score: '101' is not a whole number from 0 to 100")]
    [InlineData("investigate:\n  concurrency: 1.5", "vigie.yaml line 2, investigate.concurrency: '1.5' is not a whole number from 1 to 64")]
    [InlineData("investigate:\n  screenshots: maybe", "vigie.yaml line 2, investigate.screenshots: 'maybe' is neither true nor false")]
    [InlineData("investigate:\n  dns_check: 2w", "vigie.yaml line 2, investigate.dns_check: '2w' is not a duration")]
    [InlineData("investigate:\n  nameservers: [resolver]", "vigie.yaml line 2, investigate.nameservers: 'resolver' is not an IP address")]
    [InlineData("investigate:\n  allow_private: true", "vigie.yaml line 2: unknown field 'investigate.allow_private'")]
    public void Read_BadField_OneLineNamingTheLine(string text, string expected)
    {
        var error = Assert.Throws<ServeConfigException>(() => Parse(text));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static ServeConfig Parse(string text) => ServeConfigLoader.Parse(text, "vigie.yaml", "/etc/vigie", "/srv/vigie");
}
