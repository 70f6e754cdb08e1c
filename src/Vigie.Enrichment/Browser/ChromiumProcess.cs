using System.Diagnostics;
using System.Globalization;

namespace Vigie.Enrichment.Browser;

/// <summary>
/// One headless Chromium with a fresh profile that is deleted afterwards. Its network is shut: host names never
/// resolve (--host-resolver-rules) and anything not served by our request interception, IP literals, WebSockets
/// and all, goes to a proxy that does not exist (the discard port on loopback), so every byte a page loads came
/// through <see cref="Http.SafeHttpFetcher"/> and its address policy.
/// </summary>
internal sealed class ChromiumProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string profile;

    private ChromiumProcess(Process process, string profile, Uri webSocketUrl)
    {
        this.process = process;
        this.profile = profile;
        WebSocketUrl = webSocketUrl;
    }

    public Uri WebSocketUrl { get; }

    /// <summary>The flags of the brief (BRIEF.md, "The machine"), then the ones needed to drive and confine it.</summary>
    public static IReadOnlyList<string> Arguments(string profile, bool confined = true) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}",
        "--remote-debugging-port=0",
        .. confined
            ? (string[])["--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--force-webrtc-ip-handling-policy=disable_non_proxied_udp"]
            : [],
        "about:blank",
    ];

    /// <summary>
    /// Starts the browser. <paramref name="confined"/> false leaves out the network confinement, for driving a
    /// trusted local site directly (the dashboard's browser tests); every capture of a suspect stays confined.
    /// </summary>
    public static async Task<ChromiumProcess> StartAsync(string executable, CancellationToken cancellationToken, bool confined = true)
    {
        if (!File.Exists(executable))
        {
            throw new CdpException($"no browser at {executable} (install Debian's chromium package)");
        }

        var profile = Directory.CreateTempSubdirectory("vigie-chromium-").FullName;
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in Arguments(profile, confined))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new CdpException($"could not start {executable}");
        // Chromium logs freely; an undrained pipe would block it once full.
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var url = await WaitForDevToolsAsync(process, profile, cancellationToken);
            return new ChromiumProcess(process, profile, url);
        }
        catch
        {
            Stop(process, profile);
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop(process, profile);
        return ValueTask.CompletedTask;
    }

    /// <summary>Chromium writes the port and the browser target's path to DevToolsActivePort once it listens.</summary>
    private static async Task<Uri> WaitForDevToolsAsync(Process process, string profile, CancellationToken cancellationToken)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        for (var i = 0; i < 300; i++)
        {
            if (process.HasExited)
            {
                throw new CdpException($"chromium exited with code {process.ExitCode} before it listened");
            }

            if (File.Exists(file))
            {
                var lines = await File.ReadAllLinesAsync(file, cancellationToken);
                if (lines.Length >= 2 && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
                {
                    return new Uri($"ws://127.0.0.1:{port}{lines[1]}");
                }
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new CdpException("chromium did not open its DevTools port within 15 s");
    }

    private static void Stop(Process process, string profile)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A child still closing a file; the temp folder is cleaned by the system later.
        }
    }
}
