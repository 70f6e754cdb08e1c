using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Zone;

public sealed class ZoneCommandTests
{
    [Fact]
    public async Task Diff_RootZoneAgainstOneWithoutThreeTlds_PrintsThem()
    {
        using var temp = new TempFolder();
        var zone = SharedData.Path("zone/root.zone.2020-11-27.txt");
        await File.WriteAllLinesAsync(temp.File("yesterday.zone"), File.ReadLines(zone)
            .Where(l => !l.StartsWith("bank.", StringComparison.Ordinal) && !l.StartsWith("shop.", StringComparison.Ordinal))
            .Append("oldtld.\t172800\tIN\tNS\tns1.oldtld."));

        var (code, added, stderr) = await VigieAppTests.RunAsync("zone", "diff", temp.File("yesterday.zone"), zone);
        var (_, removed, _) = await VigieAppTests.RunAsync("zone", "diff", temp.File("yesterday.zone"), zone, "--removed");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Equal("bank\nshop\n", added.ReplaceLineEndings("\n"));
        Assert.Equal("oldtld\n", removed.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Diff_SameZone_NothingPrinted()
    {
        var zone = SharedData.Path("zone/root.zone.2020-11-27.txt");

        var (code, stdout, _) = await VigieAppTests.RunAsync("zone", "diff", zone, zone);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task Diff_MissingFile_ExitCode2()
    {
        var (code, _, stderr) = await VigieAppTests.RunAsync("zone", "diff", "/nonexistent/a.zone", SharedData.Path("zone/root.zone.2020-11-27.txt"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }
}
