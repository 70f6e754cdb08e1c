using Vigie.Decoys.Detection;
using Vigie.Web.Hosting;

namespace Vigie.Web.Tests.Decoys;

public sealed class DecoySettingsReaderTests
{
    [Fact]
    public void Parse_DecoysSection_SubmissionAndDetectors()
    {
        var decoys = Parse("""
            decoys:
              submission: on
              count: 3
              spacing: 120
              max_per_hour: 6
              proxy: http://127.0.0.1:3128
              pattern: f.last
              lang: en
              detectors:
                - format: entra
                  paths: logs/signins.jsonl
                - format: syslog
                  paths: [/var/log/auth.log, /var/log/mail.log]
                  patterns: ['Login failed for (?<user>\S+) from (?<ip>\S+)']
                - format: jsonl
                  paths: /var/log/sso.jsonl
                  fields: user=login,ip=remote
            """).Decoys!;

        Assert.True(decoys.SubmissionEnabled);
        Assert.Equal((3, TimeSpan.FromMinutes(2), 6, "en"), (decoys.Submission.Count, decoys.Submission.Spacing, decoys.Submission.MaxPerHour, decoys.Submission.Language));
        Assert.Equal(new Uri("http://127.0.0.1:3128"), decoys.Submission.Proxy);
        Assert.Equal("f.last", decoys.Pattern.Text);
        Assert.Equal([LogFormat.Entra, LogFormat.Syslog, LogFormat.Jsonl], decoys.Detectors.Select(d => d.Format));
        Assert.Equal("/etc/vigie/logs/signins.jsonl", decoys.Detectors[0].Paths[0]);
        Assert.Equal(2, decoys.Detectors[1].Paths.Count);
        Assert.Equal(("login", "remote"), (decoys.Detectors[2].Fields!.User, decoys.Detectors[2].Fields!.Address));
    }

    [Fact]
    public void Parse_NoDecoysSection_SubmissionOffNoDetector() => Assert.Null(Parse("listen: http://127.0.0.1:8080").Decoys);

    [Theory]
    [InlineData("decoys:\n  submission: maybe", "vigie.yaml line 2, decoys.submission: 'maybe' is not on or off")]
    [InlineData("decoys:\n  pattern: first.middle", "vigie.yaml line 2, decoys.pattern: pattern: 'first.middle' is not two of first, last, f, l")]
    [InlineData("decoys:\n  detectors:\n    - format: splunk\n      paths: x", "vigie.yaml line 3, decoys.detectors.format: format: 'splunk' is not one of entra")]
    [InlineData("decoys:\n  detectors:\n    - format: entra", "vigie.yaml line 3, decoys.detectors: each detector needs a format and paths")]
    [InlineData("decoys:\n  colour: blue", "vigie.yaml line 2: unknown field 'decoys.colour'")]
    public void Read_BadField_OneLineNamingTheLine(string text, string expected)
    {
        var error = Assert.Throws<ServeConfigException>(() => Parse(text));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static ServeConfig Parse(string text) => ServeConfigLoader.Parse(text, "vigie.yaml", "/etc/vigie", "/srv/vigie");
}
