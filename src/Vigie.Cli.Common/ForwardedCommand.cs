using System.CommandLine;
using System.Runtime.InteropServices;

namespace Vigie.Cli;

/// <summary>
/// A command that another executable beside this one runs. `vigie serve` and `vigie user` run in `vigie-serve`, the
/// ASP.NET Core host, so that the one-shot commands of `vigie` start without loading it (bench/README.md, "startup").
/// Listed in `vigie --help`; its arguments go unparsed to the other executable, which replaces this process (execv(3)):
/// the same process id, standard streams, signals and exit code, as systemd and scripts that signal `$!` expect.
/// </summary>
internal sealed partial class ForwardedCommand : Command
{
    private readonly string executable;

    public ForwardedCommand(string name, string description, string executable)
        : base(name, description)
    {
        this.executable = executable;
        TreatUnmatchedTokensAsErrors = false;
    }

    /// <summary>The executable, looked for beside this one (where ./vigie publishes both, and a deployment copies both).</summary>
    public string ExecutablePath => Path.Combine(AppContext.BaseDirectory, executable);

    /// <summary>Runs the other executable in this process's place; returns only when it could not be started.</summary>
    public async Task<int> RunAsync(string[] args, TextWriter stderr)
    {
        // argv[0] stays this program's name, so that the other one's usage lines and `ps` still say "vigie serve".
        string?[] argv = [Environment.GetCommandLineArgs()[0], .. args, null];
        Execv(ExecutablePath, argv);
        var error = Marshal.GetLastPInvokeErrorMessage();
        await stderr.WriteLineAsync($"vigie: {Name} runs in {ExecutablePath}, which cannot be started: {error} (./vigie publishes it beside vigie)");
        return ExitCodes.Failure;
    }

    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Execv(string path, string?[] argv);
}
