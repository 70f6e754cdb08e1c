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
        var entry = CommandEntry.Forwarded("serve", ServeHost.ServeDescription, "no-such-vigie-serve");
        var (code, stdout, stderr) = await RunAsync([entry], "serve", "--help");
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Empty(stdout);
        var path = Path.Combine(AppContext.BaseDirectory, "no-such-vigie-serve");
        Assert.Equal($"vigie: serve runs in {path}, which cannot be started: No such file or directory (./vigie publishes it beside vigie)", stderr.TrimEnd());
    }

    [Fact]
    public void Entries_EveryName_IsTheNameOfTheCommandItBuilds()
    {
        foreach (var entry in CommandCatalog.Entries.Concat(ToolsCatalog.Entries).Concat(ServeCatalog.Entries))
        {
            Assert.Equal(entry.Name, entry.Create().Name);
        }
    }

    [Fact]
    public void Entries_EveryCommandOfTheOtherExecutables_IsForwardedByVigieToIt()
    {
        var forwarded = CommandCatalog.Entries.Select(entry => entry.Create()).OfType<ForwardedCommand>().ToList();
        foreach (var (catalog, executable) in new[] { (ToolsCatalog.Entries, ToolsHost.Executable), (ServeCatalog.Entries, ServeHost.Executable) })
        {
            var names = forwarded.Where(command => Path.GetFileName(command.ExecutablePath) == executable).Select(command => command.Name);
            Assert.Equal(catalog.Select(entry => entry.Name).Order(), names.Order());
        }
    }

    [Fact]
    public async Task RunAsync_CommandNamed_ParsesItLikeTheWholeTree()
    {
        var (code, stdout, stderr) = await RunAsync("permute", "example.com", "--format", "json");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        Assert.Contains("\"examp1e.com\"", stdout, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs vigie's commands in process; those vigie hands over to vigie-tools or vigie-serve run in that executable's
    /// own command tree, since handing over replaces the process (execv), here the test host.
    /// </summary>
    internal static Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var catalog = new[] { ServeCatalog.Entries, ToolsCatalog.Entries }
            .FirstOrDefault(other => args.Length > 0 && other.Any(entry => entry.Name == args[0]), CommandCatalog.Entries);
        return RunAsync(catalog, args);
    }

    internal static async Task<(int Code, string Stdout, string Stderr)> RunAsync(IReadOnlyList<CommandEntry> catalog, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await VigieApp.RunAsync(catalog, args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
