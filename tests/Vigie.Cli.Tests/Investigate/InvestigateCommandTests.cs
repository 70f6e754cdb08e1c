using System.IO.Compression;
using System.Text.Json;
using Vigie.Enrichment.Tests.Support;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Investigate;

public sealed class InvestigateCommandTests
{
    [Fact]
    public async Task Investigate_InvalidDomain_ExitTwoOneLine()
    {
        var (code, stdout, stderr) = await VigieAppTests.RunAsync("investigate", "exa mple..com", "--nameserver", "127.0.0.1:1");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("vigie: DOMAIN: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Investigate_GenuineNotAnHttpUrl_ExitTwo()
    {
        var (code, _, stderr) = await VigieAppTests.RunAsync("investigate", "example.org", "--genuine", "ftp://x.test/", "--nameserver", "127.0.0.1:1");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("vigie: 'ftp://x.test/' is not an http(s) URL", stderr.TrimEnd());
    }

    [Fact]
    public async Task Investigate_NoAnswerFromDns_InactiveEvidenceSavedAndExported()
    {
        using var temp = new TempFolder();
        var evidence = temp.File("evidence");

        // Port 1 on loopback: nothing listens, every query times out, the name has no address.
        var (code, stdout, _) = await VigieAppTests.RunAsync("investigate", "en-rnarche.test", "--nameserver", "127.0.0.1:1",
            "--no-screenshot", "--evidence", evidence, "--format", "json", "--watch", "en-marche.test", "--db", temp.File("vigie.db"));

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("inactive", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("en-marche.test", json.RootElement.GetProperty("matched_asset").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("http").ValueKind);
        Assert.True(File.Exists(json.RootElement.GetProperty("evidence").GetString()));
        await using (var database = VigieDatabase.Open(temp.File("vigie.db")))
        {
            var store = new FindingsStore(database, TimeProvider.System);
            var organisation = (await store.Organisations.GetBySlugAsync("en-marche.test", CancellationToken.None))!;
            var finding = (await store.Findings.FindAsync(organisation.Id, "en-rnarche.test", CancellationToken.None))!;
            Assert.Equal(("inactive", "en-marche.test", false), (finding.Verdict, finding.Target, finding.Live));
            Assert.Equal([new FindingSource(SourceKind.Manual, "vigie investigate", finding.FirstSeen)], await store.Findings.SourcesAsync(finding.Id, CancellationToken.None));
            var kinds = (await store.Observations.ListAsync(finding.Id, CancellationToken.None)).Select(o => o.Kind).ToList();
            Assert.Equal(ObservationKind.Dns, kinds[0]);
            Assert.Equal(ObservationKind.Verdict, kinds[^1]);
        }

        var zip = temp.File("out.zip");
        var (exported, message, _) = await VigieAppTests.RunAsync("evidence", "export", "en-rnarche.test", "--evidence", evidence, "--output", zip);

        Assert.Equal(ExitCodes.Success, exported);
        Assert.Equal($"{zip}: 1 investigation(s), 0 file(s)", message.TrimEnd());
        using var archive = ZipFile.OpenRead(zip);
        Assert.Contains(archive.Entries, e => e.FullName.StartsWith("investigations/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Investigate_SharesTheWatchedDomainNameServers_BrandsOwnExitZero()
    {
        string[] own = ["ns1.en-marche.test", "ns2.en-marche.test"];
        var zone = new LabZone()
            .Register("en-marche.test", "127.0.10.9", own, ["mx.en-marche.test"])
            .Register("en-rnarche.test", "127.0.10.9", own, ["mx.en-marche.test"]);
        await using var dns = await UnboundServer.StartAsync(zone);
        using var temp = new TempFolder();
        string[] arguments = ["investigate", "en-rnarche.test", "--watch", "en-marche.test", "--nameserver", dns.EndPoint.ToString(),
            "--allow-loopback", "--no-screenshot", "--evidence", temp.File("evidence"), "--db", temp.File("vigie.db")];

        var (code, stdout, stderr) = await VigieAppTests.RunAsync([.. arguments, "--format", "json"]);
        var (_, text, _) = await VigieAppTests.RunAsync(arguments);

        Assert.True(code == ExitCodes.Success, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("brands_own", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(own, json.RootElement.GetProperty("name_servers").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        var kinds = json.RootElement.GetProperty("brands_own_evidence").EnumerateArray().ToDictionary(e => e.GetProperty("kind").GetString()!);
        Assert.Equal(["mail_exchangers", "name_servers"], kinds.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("en-marche.test", kinds["name_servers"].GetProperty("genuine").GetString());
        Assert.False(kinds["name_servers"].GetProperty("strong").GetBoolean());
        Assert.StartsWith("en-rnarche.test: BRAND'S OWN (risk ", text, StringComparison.Ordinal);
        Assert.Contains("  - shares the name servers of en-marche.test (ns1.en-marche.test, ns2.en-marche.test)\n", text, StringComparison.Ordinal);
        Assert.Contains("  - shares the mail exchangers of en-marche.test (mx.en-marche.test)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceExport_UnknownFinding_ExitTwo()
    {
        using var temp = new TempFolder();

        var (code, _, stderr) = await VigieAppTests.RunAsync("evidence", "export", "nothing.test", "--evidence", temp.Path);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("vigie: no evidence for 'nothing.test'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceExport_PathInsteadOfDomain_ExitTwo()
    {
        using var temp = new TempFolder();

        var (code, _, stderr) = await VigieAppTests.RunAsync("evidence", "export", "../../etc", "--evidence", temp.Path);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("is not a finding name", stderr, StringComparison.Ordinal);
    }
}
