using System.CommandLine;

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

    [Fact]
    public async Task RunAsync_Help_ListsTheCommandsOfVigieServe()
    {
        var (code, stdout, _) = await RunAsync("--help");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(ServeHost.ServeDescription, stdout, StringComparison.Ordinal);
        Assert.Contains(ServeHost.UserDescription, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ForwardedExecutableMissing_OneLineAndExitCode3()
    {
        var command = new ForwardedCommand("serve", ServeHost.ServeDescription, "no-such-vigie-serve");
        var (code, stdout, stderr) = await RunAsync([command], "serve", "--help");
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Empty(stdout);
        Assert.Equal($"vigie: serve runs in {command.ExecutablePath}, which cannot be started: No such file or directory (./vigie publishes it beside vigie)", stderr.TrimEnd());
    }

    /// <summary>
    /// Runs vigie's commands in process; those vigie hands over to vigie-serve (serve, user) run in vigie-serve's own
    /// command tree, since handing over replaces the process (execv), here the test host.
    /// </summary>
    internal static Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var commands = CommandCatalog.Create().ToList();
        var forwarded = args.Length > 0 && commands.OfType<ForwardedCommand>().Any(c => c.Name == args[0]);
        return RunAsync(forwarded ? ServeCatalog.Create() : commands, args);
    }

    internal static async Task<(int Code, string Stdout, string Stderr)> RunAsync(IEnumerable<Command> commands, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await VigieApp.RunAsync(commands, args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
