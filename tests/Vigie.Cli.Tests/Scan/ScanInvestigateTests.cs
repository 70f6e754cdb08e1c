using System.Net;
using System.Text.Json;
using Vigie.Enrichment.Tests.Support;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Scans;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Scan;

/// <summary>
/// `vigie scan --investigate` end to end: a real unbound, the lab web server on 127.0.6.2:80 and Chromium.
/// The registered copy of the genuine login page comes out phishing, the parked page parked, and the name
/// that does not exist is never investigated.
/// </summary>
public sealed class ScanInvestigateTests
{
    [Fact]
    public async Task Scan_Investigate_RegisteredNamesGetVerdicts()
    {
        var web = IPAddress.Parse("127.0.6.2");
        var zone = new LabZone()
            .Register("genuine.lab.test", web.ToString())
            .Register("copy.lab.test", web.ToString())
            .Register("parked.lab.test", web.ToString());
        await using var dns = await UnboundServer.StartAsync(zone);
        await using var site = await LabWebServer.StartAsync(web, 80);
        using var temp = new TempFolder();
        var names = temp.File("names.txt");
        await File.WriteAllLinesAsync(names, ["copy.lab.test", "parked.lab.test", "nothing.lab.test"]);

        var (code, stdout, stderr) = await VigieAppTests.RunAsync("scan", "en-marche.fr", "--names", names,
            "--nameserver", dns.EndPoint.ToString(), "--db", temp.File("vigie.db"), "--format", "json",
            "--investigate", "--allow-loopback", "--genuine", "http://genuine.lab.test/login", "--evidence", temp.File("evidence"));

        Assert.True(code == ExitCodes.Found, stderr);
        var verdicts = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("{\"domain\"", StringComparison.Ordinal))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(j => j.GetProperty("domain").GetString()!, j => j.GetProperty("verdict").GetString());
        Assert.Equal("phishing", verdicts["copy.lab.test"]);
        Assert.Equal("parked", verdicts["parked.lab.test"]);
        Assert.False(verdicts.ContainsKey("nothing.lab.test"));
        Assert.Contains("investigated 2 registered name(s): 1 phishing or suspicious", stderr, StringComparison.Ordinal);

        // The stored finding points at its evidence.
        await using var database = VigieDatabase.Open(temp.File("vigie.db"));
        var stored = Assert.Single(await new ScanStore(database).LoadAssessmentsAsync("en-marche.fr", "copy.lab.test", CancellationToken.None));
        Assert.Equal("phishing", stored.Verdict);
        Assert.True(File.Exists(stored.Evidence), stored.Evidence);

        // And the finding of the scan's organisation has the verdict, the screenshot and the investigation's timeline.
        var store = new FindingsStore(database, TimeProvider.System);
        var organisation = (await store.Organisations.GetBySlugAsync("en-marche.fr", CancellationToken.None))!;
        var copy = (await store.Findings.FindAsync(organisation.Id, "copy.lab.test", CancellationToken.None))!;
        Assert.Equal(("phishing", stored.Score), (copy.Verdict, copy.RiskScore));
        Assert.NotNull(copy.ScreenshotSha256);
        var timeline = await store.Observations.ListAsync(copy.Id, CancellationToken.None);
        Assert.Contains(timeline, o => o.Kind == ObservationKind.Http && o.Evidence.Any(e => e.Kind == "html"));
        Assert.Contains(timeline, o => o.Kind == ObservationKind.Screenshot && o.Evidence.Any(e => e.Sha256 == copy.ScreenshotSha256));
        Assert.Equal("phishing", JsonDocument.Parse(timeline.Single(o => o.Kind == ObservationKind.Verdict).Payload).RootElement.GetProperty("verdict").GetString());
        Assert.Null(await store.Findings.FindAsync(organisation.Id, "nothing.lab.test", CancellationToken.None));
    }
}
