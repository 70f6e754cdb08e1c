namespace Vigie.Cli.Tests.Scan;

public sealed class ScanCommandTests
{
    [Fact]
    public async Task Scan_LabZone_RegisteredSetEqualsZoneExactly()
    {
        await using var lab = await ScanLab.StartAsync();

        var (code, stdout, stderr) = await VigieAppTests.RunAsync(lab.Args("--format", "csv"));

        Assert.True(code == ExitCodes.Success, stderr);
        var rows = ScanLab.Rows(stdout);
        Assert.Equal(lab.Names.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        var registered = rows.Where(r => r.Value.Status == "registered").Select(r => r.Key).Order(StringComparer.Ordinal);
        Assert.Equal(lab.Zone.Registered.Keys.Order(StringComparer.Ordinal), registered);
        Assert.All(rows.Where(r => r.Value.Status == "registered"), r => Assert.Equal("NEW", r.Value.Change));
        Assert.Equal(("unknown", ""), rows["en-marche-fail.fr"]);
        Assert.Equal(("wildcard", ""), rows["en-marche3.wildtld"]);
        Assert.Equal(("wildcard", ""), rows["login.en-marche0.fr"]);
        Assert.Contains("101 registered, 30 wildcard, 1 unknown; 101 change(s)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_ZoneChangedBetweenRuns_NewOnlyReportsExactlyTheChanges()
    {
        await using var lab = await ScanLab.StartAsync();
        var first = await VigieAppTests.RunAsync(lab.Args("--format", "csv"));
        Assert.Equal(ExitCodes.Success, first.Code);
        string[] added = ["en-marche1.fr", "en-marche1999.fr", "en-marche12.wildtld"];
        string[] removed = ["en-marche40.fr", "en-marche7.wildtld"];
        string[] changed = ["en-marche60.fr", "en-marche1980.fr"];
        foreach (var name in added)
        {
            lab.Zone.Register(name, "127.0.7.1");
        }

        foreach (var name in removed)
        {
            lab.Zone.Registered.Remove(name);
        }

        foreach (var name in changed)
        {
            lab.Zone.Registered[name] = "127.0.8.8";
        }

        await lab.Server.ServeAsync(lab.Zone);

        var second = await VigieAppTests.RunAsync(lab.Args("--format", "csv", "--new-only"));
        var third = await VigieAppTests.RunAsync(lab.Args("--format", "csv", "--new-only"));

        Assert.True(second.Code == ExitCodes.Found, second.Stderr);
        var expected = added.Select(n => (n, "NEW")).Concat(removed.Select(n => (n, "GONE"))).Concat(changed.Select(n => (n, "CHANGED")))
            .Order();
        Assert.Equal(expected, ScanLab.Rows(second.Stdout).Select(r => (r.Key, r.Value.Change)).Order());
        Assert.Equal(ExitCodes.Success, third.Code);
        Assert.Empty(ScanLab.Rows(third.Stdout));
    }

    [Fact]
    public async Task Scan_Json_RecordsOfRegisteredName()
    {
        await using var lab = await ScanLab.StartAsync();

        var (code, stdout, _) = await VigieAppTests.RunAsync(lab.Args("--format", "json", "--registered"));

        Assert.Equal(ExitCodes.Success, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var row = json.RootElement.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "en-marche7.wildtld");
        Assert.Equal("registered", row.GetProperty("status").GetString());
        Assert.Equal("127.0.9.10", row.GetProperty("records").GetProperty("a")[0].GetString());
        Assert.Equal("10 mx.lab.test", row.GetProperty("records").GetProperty("mx")[0].GetString());
        Assert.Equal(lab.Zone.Registered.Count, json.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("--nameserver", "not-an-ip")]
    [InlineData("--concurrency", "0")]
    [InlineData("--format", "xml")]
    public async Task Scan_BadOption_OneLineExitCode2(string option, string value)
    {
        var (code, stdout, stderr) = await VigieAppTests.RunAsync("scan", "en-marche.fr", "--names", "-", option, value);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }
}
