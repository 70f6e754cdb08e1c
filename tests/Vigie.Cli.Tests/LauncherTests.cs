using System.Diagnostics;
using System.Runtime.Versioning;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests;

/// <summary>
/// The repository's `vigie` launcher script, run by /bin/sh in a folder laid out as a checkout whose build is up
/// to date: a stand-in executable under artifacts/vigie says what it was given, so no build is needed. The launcher is
/// a POSIX shell script: there is nothing to run on Windows.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class LauncherTests : IDisposable
{
    private readonly TempFolder folder = new();

    public LauncherTests()
    {
        var checkout = Directory.CreateDirectory(Path.Combine(folder.Path, "checkout")).FullName;
        File.Copy(Path.Combine(SharedData.RepoRoot, "vigie"), Path.Combine(checkout, "vigie"));
        Directory.CreateDirectory(Path.Combine(checkout, ".git"));
        Directory.CreateDirectory(Path.Combine(checkout, "src"));
        var old = DateTime.UtcNow.AddHours(-1);
        foreach (var file in new[] { ".git/index", ".git/HEAD", "Directory.Build.props", "Directory.Packages.props", "global.json" })
        {
            File.WriteAllText(Path.Combine(checkout, file), "");
            File.SetLastWriteTimeUtc(Path.Combine(checkout, file), old);
        }

        var built = Directory.CreateDirectory(Path.Combine(checkout, "artifacts", "vigie")).FullName;
        File.WriteAllText(Path.Combine(built, "vigie"), "#!/bin/sh\necho \"ran $*\"\n");
        File.WriteAllText(Path.Combine(built, ".built"), "");
        File.WriteAllText(Path.Combine(built, ".icu"), "");
        foreach (var executable in new[] { Path.Combine(checkout, "vigie"), Path.Combine(built, "vigie") })
        {
            File.SetUnixFileMode(executable, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Checkout = checkout;
    }

    private string Checkout { get; }

    [Fact]
    public async Task Launcher_CalledByItsPath_RunsTheBuiltCommandWithoutBuilding()
    {
        var (stdout, stderr) = await RunAsync(Path.Combine(Checkout, "vigie"), "--version");

        Assert.Equal("ran --version\n", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public async Task Launcher_CalledThroughASymbolicLink_RunsTheCheckoutsCommand()
    {
        var bin = Directory.CreateDirectory(Path.Combine(folder.Path, "bin")).FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "vigie"), Path.Combine(Checkout, "vigie"));

        var (stdout, stderr) = await RunAsync(Path.Combine(bin, "vigie"), "permute", "example.com");

        Assert.Equal("ran permute example.com\n", stdout);
        Assert.Empty(stderr);
        Assert.False(Directory.Exists(Path.Combine(bin, "artifacts")), "the launcher built beside the link instead of in the checkout");
    }

    public void Dispose() => folder.Dispose();

    private static async Task<(string Stdout, string Stderr)> RunAsync(string launcher, params string[] args)
    {
        var start = new ProcessStartInfo(launcher, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
        return (await stdout, await stderr);
    }
}
