using System.Diagnostics;
using System.Text;

namespace Vigie.TestSupport;

/// <summary>
/// A server program a test starts (unbound, rsyslogd, …) as a child process: its output drained, since an undrained
/// pipe blocks the program once full, and kept for the message when it exits early; killed and awaited on dispose.
/// </summary>
public sealed class TestDaemon : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private TestDaemon(Process process)
    {
        this.process = process;
    }

    public bool HasExited => process.HasExited;

    /// <summary>What it wrote so far, standard output and error together.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static TestDaemon Start(string executable, params string[] arguments)
    {
        var process = Process.Start(new ProcessStartInfo(executable, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })
            ?? throw new InvalidOperationException($"could not start {executable}");
        var daemon = new TestDaemon(process);
        process.OutputDataReceived += (_, e) => daemon.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => daemon.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return daemon;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
