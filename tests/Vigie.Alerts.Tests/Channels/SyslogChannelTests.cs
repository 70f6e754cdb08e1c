using System.Security.Cryptography.X509Certificates;
using Vigie.Alerts.Channels.Syslog;
using Vigie.Alerts.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Alerts.Tests.Channels;

[Collection(RsyslogCollection.Name)]
public sealed class SyslogChannelTests(RsyslogServer rsyslog)
{
    [Theory]
    [InlineData("Udp")]
    [InlineData("Tcp")]
    [InlineData("Tls")]
    public async Task SendAsync_Rfc5424_RsyslogWritesStructuredData(string over)
    {
        var transport = Enum.Parse<SyslogTransport>(over);
        var alert = SampleAlerts.Phishing(eventId: 1000 + (int)transport);

        await new SyslogChannel(Target(transport, SyslogFormat.Rfc5424)).SendAsync(new AlertMessage(1, [alert]), CancellationToken.None);

        var line = await LineAsync($"event=\"{alert.EventId}\"");
        Assert.StartsWith("<131>1 2026-12-01T21:00:00", line, StringComparison.Ordinal); // local0 (16 × 8) + error (3)
        Assert.Contains(" vigie ", line, StringComparison.Ordinal);
        Assert.Contains("[vigie@32473 event=", line, StringComparison.Ordinal);
        Assert.Contains("name=\"onedrive-en-marche.fr\" defanged=\"onedrive-en-marche[.\\]fr\" target=\"onedrive.en-marche.fr\" technique=\"dot-to-hyphen\" score=\"92\" verdict=\"phishing\"", line, StringComparison.Ordinal);
        Assert.EndsWith("onedrive-en-marche[.]fr judged phishing: the dot in onedrive.en-marche.fr was replaced by a hyphen", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_CefOverTls_RsyslogWritesCefLine()
    {
        var alert = SampleAlerts.Phishing(eventId: 2000) with { Explanation = "a=b | c\nd" };

        await new SyslogChannel(Target(SyslogTransport.Tls, SyslogFormat.Cef)).SendAsync(new AlertMessage(1, [alert]), CancellationToken.None);

        var line = await LineAsync("externalId=2000");
        Assert.Contains("CEF:0|Vigie|Vigie|", line, StringComparison.Ordinal);
        Assert.Contains("|verdict|onedrive-en-marche[.]fr judged phishing|8|rt=", line, StringComparison.Ordinal);
        Assert.Contains(" dhost=onedrive-en-marche.fr request=https://vigie.example.org/findings/42 msg=a\\=b | c\\nd cs1Label=target cs1=onedrive.en-marche.fr", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_DigestOverTcp_OneLinePerAlert()
    {
        var message = new AlertMessage(9, [SampleAlerts.New(3001, "en-marche-login.fr"), SampleAlerts.New(3002, "en-marche-vote.fr")]);

        await new SyslogChannel(Target(SyslogTransport.Tcp, SyslogFormat.Rfc5424)).SendAsync(message, CancellationToken.None);

        await LineAsync("event=\"3001\"");
        await LineAsync("event=\"3002\"");
    }

    [Fact]
    public async Task SendAsync_TlsCertificateNotTrusted_Throws()
    {
        var target = Target(SyslogTransport.Tls, SyslogFormat.Rfc5424) with { TrustedCa = [TestCertificate.Create().Certificate] };

        await Assert.ThrowsAnyAsync<System.Security.Authentication.AuthenticationException>(() =>
            new SyslogChannel(target).SendAsync(new AlertMessage(1, [SampleAlerts.Phishing()]), CancellationToken.None));
    }

    private SyslogTarget Target(SyslogTransport transport, SyslogFormat format) => new("127.0.0.1",
        transport switch { SyslogTransport.Udp => rsyslog.UdpPort, SyslogTransport.Tcp => rsyslog.TcpPort, _ => rsyslog.TlsPort },
        transport, format, 16, transport == SyslogTransport.Tls ? new X509Certificate2Collection(rsyslog.Certificate) : null, "localhost");

    private async Task<string> LineAsync(string marker)
    {
        await Poll.UntilAsync(() => rsyslog.Lines().Any(l => l.Contains(marker, StringComparison.Ordinal)), TimeSpan.FromSeconds(10));
        return Assert.Single(rsyslog.Lines(), l => l.Contains(marker, StringComparison.Ordinal));
    }
}
