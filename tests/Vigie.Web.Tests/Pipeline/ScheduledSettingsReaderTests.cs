using System.Net;
using Vigie.Web.Hosting;

namespace Vigie.Web.Tests.Pipeline;

/// <summary>The `sweeps:`, `nrd:` and `zones:` sections of the serve configuration.</summary>
public sealed class ScheduledSettingsReaderTests
{
    [Fact]
    public void Read_SweepsEveryField_Kept()
    {
        var sweeps = Parse("""
            sweeps:
              schedule: "30 2 * * 1"
              nameservers: [127.0.0.1:5353, "2001:db8::53"]
              concurrency: 8
              rate: 400
              timeout: 500
              retries: 1
              max_backoff: 60
            """).Sweeps!;
        Assert.Equal("30 2 * * 1", sweeps.Schedule.Text);
        Assert.Equal([IPEndPoint.Parse("127.0.0.1:5353"), IPEndPoint.Parse("[2001:db8::53]:53")], sweeps.NameServers);
        Assert.Equal((8, (double?)400, TimeSpan.FromMilliseconds(500), 1, TimeSpan.FromMinutes(1)),
            (sweeps.Concurrency, sweeps.Rate, sweeps.Timeout, sweeps.Retries, sweeps.MaxBackoff));
    }

    [Fact]
    public void Read_EmptySweepsSection_DailyWithResolvConf()
    {
        var sweeps = Parse("sweeps:\n").Sweeps!;
        Assert.Equal("0 3 * * *", sweeps.Schedule.Text);
        Assert.Empty(sweeps.NameServers);
        Assert.Null(sweeps.Rate);
        Assert.Null(Parse("listen: http://127.0.0.1:8080").Sweeps);
    }

    [Fact]
    public void Read_NrdAndZones_RelativePathsFromTheFilesFolderUrlsKept()
    {
        var config = Parse("""
            nrd:
              lists: [lists/nrd.txt, "http://127.0.0.1:9/nrd.csv.gz"]
              schedule: "@daily"
            zones:
              files: zones/fr.zone.gz
              schedule: "*/10 * * * * *"
            """);
        Assert.Equal(["/etc/vigie/lists/nrd.txt", "http://127.0.0.1:9/nrd.csv.gz"], config.Nrd!.Locations);
        Assert.Equal("@daily", config.Nrd.Schedule.Text);
        Assert.Equal(["/etc/vigie/zones/fr.zone.gz"], config.Zones!.Locations);
        var start = new DateTimeOffset(2026, 12, 1, 10, 0, 3, TimeSpan.Zero);
        Assert.Equal(start.AddSeconds(7), config.Zones.Schedule.Next(start, TimeZoneInfo.Utc));
    }

    [Theory]
    [InlineData("sweeps: daily", "vigie.yaml line 1, sweeps: expected fields (schedule, nameservers")]
    [InlineData("sweeps:\n  schedule: sometimes", "vigie.yaml line 2, sweeps.schedule: 'sometimes' is not a cron expression")]
    [InlineData("sweeps:\n  nameservers: dns.example", "vigie.yaml line 2, sweeps.nameservers: 'dns.example' is not an IP address")]
    [InlineData("sweeps:\n  concurrency: 0", "vigie.yaml line 2, sweeps.concurrency: '0' is not a number from 1 to 4096")]
    [InlineData("nrd:\n  schedule: \"@daily\"", "vigie.yaml line 2, nrd: nothing to fetch (lists: a file path")]
    [InlineData("nrd:\n  lists: ftp://x/nrd.txt", "vigie.yaml line 2, nrd.lists: 'ftp://x/nrd.txt' is neither a file nor an http(s) URL")]
    [InlineData("zones:\n  files: fr.zone\n  colour: blue", "vigie.yaml line 3: unknown field 'zones.colour'")]
    public void Read_BadField_OneLineNamingTheLine(string text, string expected)
    {
        var error = Assert.Throws<ServeConfigException>(() => Parse(text));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static ServeConfig Parse(string text) => ServeConfigLoader.Parse(text, "vigie.yaml", "/etc/vigie", "/srv/vigie");
}
