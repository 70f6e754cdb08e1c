using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Vigie.Alerts.Channels.Syslog;

/// <summary>
/// Syslog to a collector or SIEM, one message per alert (a digest is several messages on one connection: SIEMs count
/// events, not digests). A connection per message batch: alerts are rare, and a collector restarted in between is
/// then no concern. Over UDP a lost datagram cannot be known (RFC 5426 §4), so only TCP and TLS give the outbox's
/// delivery guarantee.
/// </summary>
internal sealed class SyslogChannel(SyslogTarget target) : IAlertChannel
{
    private static readonly string Hostname = Dns.GetHostName();

    public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var frames = message.Alerts.Select(alert => Encoding.UTF8.GetBytes(Format(alert))).ToList();
        if (target.Transport == SyslogTransport.Udp)
        {
            using var udp = new UdpClient(AddressFamilyOf(target.Host));
            udp.Connect(target.Host, target.Port);
            foreach (var frame in frames)
            {
                await udp.SendAsync(frame, cancellationToken);
            }

            return;
        }

        using var tcp = new TcpClient(AddressFamilyOf(target.Host));
        await tcp.ConnectAsync(target.Host, target.Port, cancellationToken);
        Stream stream = tcp.GetStream();
        if (target.Transport == SyslogTransport.Tls)
        {
            var tls = new SslStream(stream, leaveInnerStreamOpen: false, Validate);
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = target.ServerName ?? target.Host }, cancellationToken);
            stream = tls;
        }

        await using (stream)
        {
            foreach (var frame in frames)
            {
                // Octet counting, "MSG-LEN SP SYSLOG-MSG" (RFC 6587 §3.4.1, RFC 5425 §4.3): a message may hold any byte.
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{frame.Length} "), cancellationToken);
                await stream.WriteAsync(frame, cancellationToken);
            }

            await stream.FlushAsync(cancellationToken);
            if (stream is SslStream secure)
            {
                await secure.ShutdownAsync();
            }
        }
    }

    public string Format(Alert alert) => target.Format == SyslogFormat.Cef
        ? Rfc5424Message.Format(alert, target.Facility, Hostname, CefMessage.Format(alert), structuredData: false)
        : Rfc5424Message.Format(alert, target.Facility, Hostname, Text(alert), structuredData: true);

    private static string Text(Alert alert) => alert.Explanation is { Length: > 0 } explanation ? $"{alert.Title}: {explanation}" : alert.Title;

    private static AddressFamily AddressFamilyOf(string host) =>
        IPAddress.TryParse(host, out var address) ? address.AddressFamily : AddressFamily.InterNetwork;

    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (target.TrustedCa is not { Count: > 0 } ca || certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0)
        {
            return false;
        }

        // A private CA: the chain must end at it, and nowhere else.
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(ca);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return custom.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }
}
