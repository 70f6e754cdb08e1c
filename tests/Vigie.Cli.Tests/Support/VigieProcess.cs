using System.Diagnostics;

namespace Vigie.Cli.Tests.Support;

/// <summary>The build's `vigie` executable run to its end as a separate process, as a user or a script runs it.</summary>
internal static class VigieProcess
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "vigie"), args)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
