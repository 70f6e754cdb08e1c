namespace Vigie.Cli.Tests.Ct;

public sealed class CtLogsCommandTests
{
    [Fact]
    public async Task Logs_Offline_ActiveLogsOfBothKinds()
    {
        var (code, stdout, stderr) = await VigieAppTests.RunAsync("ct", "logs", "--offline");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.Equal("kind\tstate\tlists\tmmd_s\tname\turl", stdout.Split('\n')[0]);
        Assert.All(rows, r => Assert.Contains(r[1], new[] { "usable", "qualified" }));
        Assert.Contains(rows, r => r[0] == "rfc6962");
        Assert.Contains(rows, r => r[0] == "tiled" && r[2] == "google,apple");
    }

    [Fact]
    public async Task Logs_OfflineAll_IncludesRejected()
    {
        var (_, active, _) = await VigieAppTests.RunAsync("ct", "logs", "--offline");
        var (code, all, _) = await VigieAppTests.RunAsync("ct", "logs", "--offline", "--all");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\trejected\t", all, StringComparison.Ordinal);
        Assert.True(all.Length > active.Length);
    }
}
