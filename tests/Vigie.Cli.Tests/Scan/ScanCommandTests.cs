using Vigie.Storage.Database;

namespace Vigie.Cli.Tests.Scan;

public sealed class ScanCommandTests
{
    [Fact]
    public async Task Scan_SameDomainAlreadyScanningOnTheDatabase_RefusedInOneLineAndTheOtherDomainRuns()
    {
        await using var lab = await ScanLab.StartAsync();
        await using var database = VigieDatabase.Open(lab.Database);
        await using var running = await database.TryLockAsync("scan-en-marche.fr", CancellationToken.None);

        var (code, stdout, stderr) = await VigieAppTests.RunAsync(lab.Args("--format", "csv"));
        var other = await VigieAppTests.RunAsync([.. lab.Args("--format", "csv").Select(a => a == "en-marche.fr" ? "example.org" : a)]);

        Assert.NotNull(running);
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Empty(stdout);
        Assert.Equal($"vigie: another scan of en-marche.fr is running on database {lab.Database}; try again when it has ended", stderr.Trim());
        Assert.True(other.Code == ExitCodes.Success, other.Stderr);
    }

    [Fact]
    public async Task Scan_PermutationsOnLabZone_RegisteredSetEqualsZoneExactly()
    {
        await using var lab = await ScanLab.StartAsync();

        var (code, stdout, stderr) = await VigieAppTests.RunAsync(lab.Args("--format", "csv"));

        Assert.True(code == ExitCodes.Success, stderr);
        var rows = ScanLab.Rows(stdout);
        Assert.Equal(lab.Names.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        var registered = rows.Where(r => r.Value.Status == "registered").Select(r => r.Key).Order(StringComparer.Ordinal);
        var expected = lab.Zone.Registered.Keys.Where(lab.Names.Contains).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, registered);
        Assert.Equal(lab.Names.Count / 20, expected.Count);
        Assert.All(rows.Where(r => r.Value.Status == "registered"), r => Assert.Equal("NEW", r.Value.Change));
        Assert.Equal(("unknown", ""), rows[lab.Zone.Failing.Single()]);
        Assert.Contains($"{lab.Zone.Failing.Single()},unknown,,,,,,,,,,,,SERVFAIL,", stdout, StringComparison.Ordinal);
        Assert.Equal(("wildcard", ""), rows["en-marche.xyz"]);
        Assert.Equal(("wildcard", ""), rows["en-mar.che.fr"]);
        Assert.Equal(("registered", "NEW"), rows["en-marche.work"]);
        Assert.Contains($"{expected.Count} registered, 2 wildcard, 1 unknown; {expected.Count} change(s)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_NamesFile_SameRowsAsGenerated()
    {
        await using var lab = await ScanLab.StartAsync();
        var generated = await VigieAppTests.RunAsync(lab.Args("--format", "csv", "--registered"));

        var fromFile = await VigieAppTests.RunAsync([.. lab.Args("--format", "csv", "--registered", "--names", lab.NamesFile)
            .Select(a => a == lab.Database ? a + ".file" : a)]);

        Assert.Equal(ExitCodes.Success, fromFile.Code);
        Assert.Equal(ScanLab.Rows(generated.Stdout), ScanLab.Rows(fromFile.Stdout));
    }

    [Fact]
    public async Task Scan_ZoneChangedBetweenRuns_NewOnlyReportsExactlyTheChanges()
    {
        await using var lab = await ScanLab.StartAsync();
        var first = await VigieAppTests.RunAsync(lab.Args("--format", "csv"));
        Assert.Equal(ExitCodes.Success, first.Code);
        var unregistered = lab.Names.Where(n => n.EndsWith(".fr", StringComparison.Ordinal) && !lab.Zone.Registered.ContainsKey(n) && !lab.Zone.Failing.Contains(n) && !n.EndsWith(".che.fr", StringComparison.Ordinal)).ToList();
        var registered = lab.Zone.Registered.Keys.Where(n => lab.Names.Contains(n) && n.EndsWith(".fr", StringComparison.Ordinal)).ToList();
        string[] added = [unregistered[3], unregistered[500], "en-marche.xyz"];
        string[] removed = [registered[2], "en-marche.work"];
        string[] changed = [registered[5], registered[^1]];
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
        var row = json.RootElement.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "en-marche.work");
        Assert.Equal("registered", row.GetProperty("status").GetString());
        Assert.Equal("127.0.9.10", row.GetProperty("records").GetProperty("a")[0].GetString());
        Assert.Equal("10 mx.lab.test", row.GetProperty("records").GetProperty("mx")[0].GetString());
        Assert.Equal(["tld-swap"], row.GetProperty("techniques").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(lab.Zone.Registered.Keys.Count(lab.Names.Contains), json.RootElement.GetArrayLength());
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

    [Theory]
    [InlineData("com")]
    [InlineData("not a domain")]
    public async Task Scan_BadDomain_OneLineExitCode2(string domain)
    {
        var (code, stdout, stderr) = await VigieAppTests.RunAsync("scan", domain, "--nameserver", "127.0.0.1:9");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Scan_PostgresUnreachable_OneLineExit3WithoutPassword()
    {
        await using var lab = await ScanLab.StartAsync();
        string[] args = [.. lab.Args().Select(a => a == lab.Database ? "Host=127.0.0.1;Port=9;Username=vigie;Password=s3cret;Timeout=2" : a)];

        var (code, stdout, stderr) = await VigieAppTests.RunAsync(args);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Empty(stdout);
        Assert.StartsWith("vigie: database PostgreSQL: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.DoesNotContain("s3cret", stderr, StringComparison.Ordinal);
    }
}
