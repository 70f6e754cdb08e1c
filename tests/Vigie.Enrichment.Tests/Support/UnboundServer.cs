using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Vigie.Enrichment.Dns;
using Vigie.TestSupport;

namespace Vigie.Enrichment.Tests.Support;

/// <summary>
/// A real unbound on a free loopback port, serving a <see cref="LabZone"/> from a config written to a temp
/// folder; the rest of the namespace is NXDOMAIN ("." static), so nothing leaves the machine. A missing
/// unbound fails the test loudly: the DNS tests are the proof that the sweep is right.
/// </summary>
internal sealed class UnboundServer : IAsyncDisposable
{
    private readonly TempFolder folder = new();
    private readonly FailingServer failing = new();
    private Process? process;

    private UnboundServer(IPEndPoint endPoint)
    {
        EndPoint = endPoint;
    }

    public IPEndPoint EndPoint { get; }

    /// <summary>Starts on <paramref name="endPoint"/> (an authoritative server's 127.0.x.y:53), else on 127.0.0.1 and a free port.</summary>
    public static async Task<UnboundServer> StartAsync(LabZone zone, IPEndPoint? endPoint = null)
    {
        var server = new UnboundServer(endPoint ?? new IPEndPoint(IPAddress.Loopback, FreePort()));
        await server.ServeAsync(zone);
        return server;
    }

    /// <summary>Restarts unbound on the same port with new zone contents (a zone that changed between runs).</summary>
    public async Task ServeAsync(LabZone zone)
    {
        await StopAsync();
        var config = folder.File("unbound.conf");
        await File.WriteAllTextAsync(config, Config(zone));
        var unbound = new[] { "/usr/sbin/unbound", "/usr/bin/unbound" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("unbound is not installed (apt-get install unbound; ./test.sh does it)");
        process = Process.Start(new ProcessStartInfo(unbound, ["-d", "-c", config]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        using var resolver = new DnsResolver(new DnsResolverOptions { Servers = [EndPoint], Timeout = TimeSpan.FromMilliseconds(200), Retries = 0 }, TimeProvider.System);
        for (var i = 0; i < 100; i++)
        {
            if ((await resolver.QueryAsync("ready.test", DnsRecordType.A, CancellationToken.None)).Outcome == DnsLookupOutcome.Answered)
            {
                return;
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"unbound exited: {await process.StandardError.ReadToEndAsync()}");
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException("unbound did not answer within 5 s");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        failing.Dispose();
        folder.Dispose();
    }

    private async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    private string Config(LabZone zone)
    {
        var lines = new List<string>
        {
            "server:",
            $"    interface: {EndPoint.Address}@{EndPoint.Port}",
            "    do-ip6: no", "    do-daemonize: no", "    username: \"\"", "    chroot: \"\"",
            $"    directory: \"{folder.Path}\"", $"    pidfile: \"{folder.File("unbound.pid")}\"",
            "    use-syslog: no", "    logfile: \"\"", "    verbosity: 0", "    num-threads: 1",
            "    module-config: \"iterator\"", "    access-control: 127.0.0.0/8 allow",
            "    do-not-query-localhost: no", "    local-zone: \".\" static",
        };
        foreach (var (name, address) in zone.Registered)
        {
            // Its own zone, so that a registration inside a wildcard (redirect) zone is served as itself.
            lines.Add($"    local-zone: \"{name}.\" static");
            lines.AddRange(zone.NameServers.GetValueOrDefault(name, ["ns1.lab.test"]).Select(ns => $"    local-data: \"{name}. 300 IN NS {ns}.\""));
            // Several addresses, space-separated, give several A records (a name on a public and a forbidden address).
            lines.AddRange(address.Split(' ').Select(a => $"    local-data: \"{name}. 300 IN A {a}\""));
            lines.AddRange(zone.MailExchangers.GetValueOrDefault(name, ["mx.lab.test"]).Select((mx, i) => $"    local-data: \"{name}. 300 IN MX {10 * (i + 1)} {mx}.\""));
        }

        foreach (var (name, texts) in zone.Texts)
        {
            lines.AddRange(texts.Select(text => $"    local-data: '{name}. 300 IN TXT \"{text}\"'"));
        }

        foreach (var (parent, address) in zone.Wildcards)
        {
            lines.Add($"    local-zone: \"{parent}.\" redirect");
            lines.Add($"    local-data: \"{parent}. 300 IN A {address}\"");
        }

        // A failing name is handed to the iterator, which forwards it to a server that answers SERVFAIL.
        foreach (var name in zone.Failing)
        {
            lines.Add($"    local-zone: \"{name}.\" transparent");
        }

        foreach (var name in zone.Failing)
        {
            lines.AddRange(["forward-zone:", $"    name: \"{name}.\"", $"    forward-addr: 127.0.0.1@{failing.Port}"]);
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// A loopback port free for UDP and for TCP (unbound listens on both): a port the system gives out for UDP can
    /// still be held on TCP by one of the many short connections that the tests running beside this one open.
    /// </summary>
    internal static int FreePort()
    {
        for (var attempt = 0; ; attempt++)
        {
            using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var port = ((IPEndPoint)udp.LocalEndPoint!).Port;
            using var tcp = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                tcp.Bind(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException) when (attempt < 50)
            {
                // Taken on TCP: ask for another.
            }
        }
    }
}
