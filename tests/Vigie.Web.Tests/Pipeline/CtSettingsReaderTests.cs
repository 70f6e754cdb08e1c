using Vigie.Web.Hosting;

namespace Vigie.Web.Tests.Pipeline;

public sealed class CtSettingsReaderTests
{
    [Fact]
    public void Read_EveryField_Kept()
    {
        var ct = Parse("""
            ct:
              logs: [all, "http://127.0.0.1:9000/log/"]
              lists: bundled
              start: beginning
              poll: 0.5
              rate: 2
              retries: 0
              max_backoff: 60
            """).Ct!;
        Assert.True(ct.AllListedLogs);
        Assert.Equal([new Uri("http://127.0.0.1:9000/log/")], ct.LogUrls);
        Assert.True(ct.OfflineLists);
        Assert.True(ct.FromBeginning);
        Assert.Equal(TimeSpan.FromSeconds(0.5), ct.Poll);
        Assert.Equal(2, ct.RequestsPerSecond);
        Assert.Equal(0, ct.Retries);
        Assert.Equal(TimeSpan.FromMinutes(1), ct.MaxBackoff);
    }

    [Fact]
    public void Read_LogsAllOnly_DefaultsElsewhere()
    {
        var ct = Parse("ct:\n  logs: all\n").Ct!;
        Assert.True(ct.AllListedLogs);
        Assert.Empty(ct.LogUrls);
        Assert.False(ct.FromBeginning);
        Assert.Equal(TimeSpan.FromSeconds(10), ct.Poll);
        Assert.Equal(5, ct.Retries);
    }

    [Fact]
    public void Parse_NoCtSection_NoCtIngestion() => Assert.Null(Parse("listen: http://127.0.0.1:8080").Ct);

    [Theory]
    [InlineData("ct: all", "vigie.yaml line 1, ct: expected fields (logs, lists, start, poll, rate, retries, max_backoff)")]
    [InlineData("ct:\n  start: head", "vigie.yaml line 2, ct: no log to follow (logs: all, or a list of log URLs)")]
    [InlineData("ct:\n  logs: ftp://x/", "vigie.yaml line 2, ct.logs: 'ftp://x/' is neither 'all' nor a log's http(s) URL prefix")]
    [InlineData("ct:\n  logs: all\n  start: now", "vigie.yaml line 3, ct.start: 'now' is not one of head, beginning")]
    [InlineData("ct:\n  logs: all\n  poll: -1", "vigie.yaml line 3, ct.poll: '-1' is not a number from 0.01 to 3600")]
    [InlineData("ct:\n  logs: all\n  colour: blue", "vigie.yaml line 3: unknown field 'ct.colour'")]
    public void Read_BadField_OneLineNamingTheLine(string text, string expected)
    {
        var error = Assert.Throws<ServeConfigException>(() => Parse(text));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static ServeConfig Parse(string text) => ServeConfigLoader.Parse(text, "vigie.yaml", "/etc/vigie", "/srv/vigie");
}
