using Vigie.TestSupport.CertificateTransparency;

namespace Vigie.Cli.Tests.Watch;

public sealed class WatchCommandTests
{
    [Theory]
    [InlineData(LocalCtLogKind.Rfc6962)]
    [InlineData(LocalCtLogKind.Tiled)]
    public async Task Watch_OnceFromZero_EachLookalikePrintedOnceAndStored(LocalCtLogKind kind)
    {
        await using var lab = await WatchLab.StartAsync(kind, 40, 3);
        lab.Log.MaxEntriesPerAnswer = 32;
        lab.Log.Fail(kind == LocalCtLogKind.Tiled ? "tile/data/004" : "get-entries", LocalFault.TooManyRequests, LocalFault.ServerError, LocalFault.Truncated);

        var (code, stdout, stderr) = await VigieAppTests.RunAsync(lab.Args("--once", "--from", "0"));

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Equal(lab.Lookalikes.Order(StringComparer.Ordinal), WatchLab.PrintedNames(stdout).Order(StringComparer.Ordinal));
        Assert.Equal(lab.Lookalikes.Order(StringComparer.Ordinal), lab.StoredNames().Order(StringComparer.Ordinal));
        Assert.Contains("\ten-marche.fr\t", stdout, StringComparison.Ordinal);
        Assert.Matches(@"watch: [\d,]+ entries/s; Vigie local \w+ log [\d,]+/s lag 0", stderr);
    }

    [Fact]
    public async Task Watch_SecondRunFromZero_NothingPrintedTwice()
    {
        await using var lab = await WatchLab.StartAsync(LocalCtLogKind.Rfc6962, 10, 1);
        var (_, first, _) = await VigieAppTests.RunAsync(lab.Args("--once", "--from", "0"));

        var (code, second, stderr) = await VigieAppTests.RunAsync(lab.Args("--once", "--from", "0"));

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Equal(lab.Lookalikes.Count, WatchLab.PrintedNames(first).Count);
        Assert.Empty(second);
        Assert.Equal(lab.Lookalikes.Count, lab.StoredNames().Count);
    }

    [Fact]
    public async Task Watch_SavedPosition_ResumesAfterIt()
    {
        await using var lab = await WatchLab.StartAsync(LocalCtLogKind.Rfc6962, 5, 0);
        await VigieAppTests.RunAsync(lab.Args("--once", "--from", "0"));
        lab.Log.AddCertificate("webmail-en-marche.org");

        var (code, stdout, stderr) = await VigieAppTests.RunAsync(lab.Args("--once"));

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Equal("webmail-en-marche.org", WatchLab.PrintedNames(stdout)[0]);
    }

    [Fact]
    public async Task Watch_FromTime_StartsAtFirstEntryAfterIt()
    {
        await using var lab = await WatchLab.StartAsync(LocalCtLogKind.Rfc6962, 5, 0);
        var (code, stdout, stderr) = await VigieAppTests.RunAsync(lab.Args("--once", "--from", "2020-01-01T00:00:00Z"));

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Equal(lab.Lookalikes.Order(StringComparer.Ordinal), WatchLab.PrintedNames(stdout).Order(StringComparer.Ordinal));
        Assert.Contains(lab.Log.Requests, r => r.StartsWith("ct/v1/get-entries?start=6&", StringComparison.Ordinal) && r != "ct/v1/get-entries?start=6&end=6");
        Assert.DoesNotContain(lab.Log.Requests, r => r.StartsWith("ct/v1/get-entries?start=0&", StringComparison.Ordinal) && r != "ct/v1/get-entries?start=0&end=0");
    }

    [Fact]
    public async Task Watch_OnceLogAlwaysFailing_EndsWithWarnings()
    {
        await using var lab = await WatchLab.StartAsync(LocalCtLogKind.Rfc6962, 1, 0);
        lab.Log.Fail("get-sth", [.. Enumerable.Repeat(LocalFault.ServerError, 10)]);

        var (code, stdout, stderr) = await VigieAppTests.RunAsync(lab.Args("--once", "--from", "0", "--poll", "0.05", "--retries", "0"));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stdout);
        Assert.Contains("vigie: warning: log Vigie local Rfc6962 log: ", stderr, StringComparison.Ordinal);
        Assert.Contains("giving up for this run after 3 failed rounds", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_NoSource_ExitCode2()
    {
        await using var lab = await WatchLab.StartAsync(LocalCtLogKind.Rfc6962, 1, 0);

        var (code, _, stderr) = await VigieAppTests.RunAsync("watch", "--watchlist", lab.Watchlist, "--db", lab.Database);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("vigie: nothing to watch: give --ct, --ct-log URL or --nrd URL|FILE", stderr.TrimEnd());
    }

    [Theory]
    [InlineData("--ct-log", "ftp://example.org/log/")]
    [InlineData("--from", "yesterday")]
    [InlineData("--poll", "0")]
    [InlineData("--rate", "-1")]
    public async Task Watch_BadOption_OneLineExitCode2(string option, string value)
    {
        await using var lab = await WatchLab.StartAsync(LocalCtLogKind.Rfc6962, 1, 0);

        var (code, stdout, stderr) = await VigieAppTests.RunAsync(lab.Args("--once", option, value));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Contains(option, stderr, StringComparison.Ordinal);
    }
}
