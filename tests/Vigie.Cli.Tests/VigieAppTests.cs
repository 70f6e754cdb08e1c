namespace Vigie.Cli.Tests;

public sealed class VigieAppTests
{
    [Fact]
    public async Task RunAsync_Version_PrintsVersionAndSucceeds()
    {
        var (code, stdout, _) = await RunAsync("--version");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", stdout);
    }

    [Fact]
    public async Task RunAsync_Help_ListsDescription()
    {
        var (code, stdout, _) = await RunAsync("--help");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("imitate yours", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownCommand_OneLineAndExitCode2()
    {
        var (code, stdout, stderr) = await RunAsync("frobnicate");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("vigie: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ValueOutsideChoices_StillOneLine()
    {
        var (code, _, stderr) = await RunAsync("permute", "example.com", "--format", "yaml");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    internal static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await VigieApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
