using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Vigie.TestSupport;

namespace Vigie.Alerts.Tests.Support;

/// <summary>
/// Debian's rsyslogd, started by the test as the test's user with its own configuration (no system daemon): imudp,
/// imtcp and imtcp over TLS (the gtls driver, with a certificate made for the run), everything written to one file in
/// RFC 5424 form. Needs the rsyslog and rsyslog-gnutls packages (./test.sh installs them).
/// </summary>
public sealed class RsyslogServer : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private Process? process;

    public int UdpPort { get; private set; }

    public int TcpPort { get; private set; }

    public int TlsPort { get; private set; }

    public X509Certificate2 Certificate { get; private set; } = null!;

    public string LogFile => folder.File("received.log");

    public async Task InitializeAsync()
    {
        if (!File.Exists("/usr/sbin/rsyslogd") || !File.Exists("/usr/lib/x86_64-linux-gnu/rsyslog/lmnsd_gtls.so") && !Directory.EnumerateFiles("/usr/lib", "lmnsd_gtls.so", SearchOption.AllDirectories).Any())
        {
            throw new InvalidOperationException("rsyslogd with the gtls driver is not installed (apt-get install rsyslog rsyslog-gnutls; ./test.sh does it)");
        }

        var (certificate, certificatePem, keyPem) = TestCertificate.Create();
        Certificate = certificate;
        await File.WriteAllTextAsync(folder.File("cert.pem"), certificatePem);
        await File.WriteAllTextAsync(folder.File("key.pem"), keyPem);
        (UdpPort, TcpPort, TlsPort) = (FreeUdpPort(), LoopbackPorts.FreeTcp(), LoopbackPorts.FreeTcp());
        await File.WriteAllTextAsync(folder.File("rsyslog.conf"), $"""
            global(workDirectory="{folder.Path}" defaultNetstreamDriverCAFile="{folder.File("cert.pem")}"
                   defaultNetstreamDriverCertFile="{folder.File("cert.pem")}" defaultNetstreamDriverKeyFile="{folder.File("key.pem")}")
            module(load="imudp")
            module(load="imtcp")
            input(type="imudp" address="127.0.0.1" port="{UdpPort}")
            input(type="imtcp" address="127.0.0.1" port="{TcpPort}")
            input(type="imtcp" address="127.0.0.1" port="{TlsPort}" streamDriver.name="gtls" streamDriver.mode="1" streamDriver.authMode="anon")
            action(type="omfile" file="{LogFile}" template="RSYSLOG_SyslogProtocol23Format")
            """);
        process = Process.Start(new ProcessStartInfo("/usr/sbin/rsyslogd", ["-n", "-f", folder.File("rsyslog.conf"), "-i", folder.File("rsyslogd.pid")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        await Poll.UntilAsync(() => LoopbackPorts.Listening(TcpPort) && LoopbackPorts.Listening(TlsPort) || process.HasExited, TimeSpan.FromSeconds(20));
        if (process.HasExited)
        {
            throw new InvalidOperationException($"rsyslogd exited: {await process.StandardError.ReadToEndAsync()}");
        }
    }

    /// <summary>The lines written so far.</summary>
    public IReadOnlyList<string> Lines() => File.Exists(LogFile) ? File.ReadAllLines(LogFile) : [];

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit();
        }

        process?.Dispose();
        folder.Dispose();
        return Task.CompletedTask;
    }

    private static int FreeUdpPort()
    {
        using var socket = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.Client.LocalEndPoint!).Port;
    }
}
