using System.Diagnostics;

namespace Vigie.Enrichment.Browser;

/// <summary>
/// One headless Chromium with a fresh profile that is deleted afterwards. Its network is shut: host names never
/// resolve (--host-resolver-rules) and anything not served by our request interception, IP literals, WebSockets
/// and all, goes to a proxy that does not exist (the discard port on loopback), so every byte a page loads came
/// through <see cref="Http.SafeHttpFetcher"/> and its address policy.
/// </summary>
/// <remarks>
/// DevTools runs over a pipe (--remote-debugging-pipe: commands on the browser's fd 3, replies on its fd 4, each
/// message ended by a NUL byte) rather than a port, for two reasons. The browser's life is tied to ours: when this
/// process dies, even by SIGKILL, the kernel closes our end of the pipe and Chromium shuts down on reading its end
/// (a port-driven browser, orphaned, ran on for an hour). And no other local user can drive the browser through a
/// loopback port. .NET hands a child only fds 0–2, so a shell moves our stdin/stdout pipes to fds 3 and 4; it stays
/// the browser's parent to delete the profile once the browser is gone, however it went.
/// </remarks>
internal sealed class ChromiumProcess : IAsyncDisposable
{
    private const string Launcher = "profile=$1; shift; \"$@\" 3<&0 4>&1 </dev/null >/dev/null; rm -rf -- \"$profile\"";

    private readonly Process process;
    private readonly string profile;

    private ChromiumProcess(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    /// <summary>Where DevTools commands are written (the browser's fd 3).</summary>
    public Stream Commands => process.StandardInput.BaseStream;

    /// <summary>Where DevTools replies and events are read (the browser's fd 4).</summary>
    public Stream Replies => process.StandardOutput.BaseStream;

    /// <summary>The flags of the brief (BRIEF.md, "The machine"), then the ones needed to drive and confine it.</summary>
    public static IReadOnlyList<string> Arguments(string profile, bool confined = true) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}",
        "--remote-debugging-pipe",
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
    public static ChromiumProcess Start(string executable, bool confined = true)
    {
        if (!File.Exists(executable))
        {
            throw new CdpException($"no browser at {executable} (install Debian's chromium package)");
        }

        var profile = Directory.CreateTempSubdirectory("vigie-chromium-").FullName;
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in (string[])["-c", Launcher, "sh", profile, executable, .. Arguments(profile, confined)])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new CdpException($"could not start {executable}");
        // Chromium logs freely; an undrained pipe would block it once full.
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return new ChromiumProcess(process, profile);
    }

    public ValueTask DisposeAsync()
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
            // Gone already (the launcher deleted it), or a child still closing a file: the system cleans temp later.
        }

        return ValueTask.CompletedTask;
    }
}
