using System.Security.Cryptography.X509Certificates;
using MimeKit;
using Vigie.TestSupport.Smtp;

namespace Vigie.Mail.Tests;

/// <summary>
/// STARTTLS and implicit TLS against a real SMTP server (python3-aiosmtpd) holding a certificate made by the test:
/// delivered when the configuration trusts it (its CA file, or its fingerprint), refused in one line otherwise.
/// </summary>
public sealed class SmtpMailSenderTlsTests
{
    private static readonly MailboxAddress From = new("Vigie", "vigie@example.org");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SendAsync_CertificateOfTheConfiguredCaFile_Delivered(bool implicitTls)
    {
        using var certificate = TestCertificate.Create();
        await using var server = await SmtpTestServer.StartTlsAsync(certificate, implicitTls);
        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPemFile(certificate.AuthorityFile);
        var sender = new SmtpMailSender(Settings(server.Port, implicitTls) with { Trust = new SmtpTrust(authorities, null) }, TimeProvider.System);

        var report = await sender.SendAsync([TestMessage.To("alice@example.org")], CancellationToken.None);

        Assert.Equal("1 of 1 delivered", report.Summary());
        Assert.Equal(["alice@example.org"], server.Messages().Single().Recipients);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SendAsync_PinnedFingerprint_DeliveredOnlyToThatCertificate(bool implicitTls)
    {
        using var certificate = TestCertificate.Create();
        await using var server = await SmtpTestServer.StartTlsAsync(certificate, implicitTls);
        var pinned = new SmtpMailSender(Settings(server.Port, implicitTls) with { Trust = new SmtpTrust(null, certificate.Sha256) }, TimeProvider.System);
        var other = new SmtpMailSender(Settings(server.Port, implicitTls) with { Trust = new SmtpTrust(null, new string('0', 64)) }, TimeProvider.System);

        var delivered = await pinned.SendAsync([TestMessage.To("alice@example.org")], CancellationToken.None);
        var refused = await other.SendAsync([TestMessage.To("bob@example.org")], CancellationToken.None);

        Assert.Equal("1 of 1 delivered", delivered.Summary());
        var failure = Assert.Single(refused.Failed);
        Assert.Equal(1, failure.Attempts);
        Assert.StartsWith("TLS failed: ", failure.Error, StringComparison.Ordinal);
        Assert.Equal(["alice@example.org"], server.Messages().Select(m => m.Recipients.Single()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SendAsync_CertificateTheSystemDoesNotTrust_RefusedByDefaultNotRetried(bool implicitTls)
    {
        using var certificate = TestCertificate.Create();
        await using var server = await SmtpTestServer.StartTlsAsync(certificate, implicitTls);
        var sender = new SmtpMailSender(Settings(server.Port, implicitTls), TimeProvider.System);

        var report = await sender.SendAsync([TestMessage.To("alice@example.org")], CancellationToken.None);

        var failure = Assert.Single(report.Failed);
        Assert.Equal(1, failure.Attempts);
        Assert.StartsWith("TLS failed: ", failure.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', report.Summary());
        Assert.Empty(server.Messages());
    }

    [Fact]
    public async Task SendAsync_ServerRequiresStartTlsButNoneConfigured_NothingSentInClear()
    {
        using var certificate = TestCertificate.Create();
        await using var server = await SmtpTestServer.StartTlsAsync(certificate, implicitTls: false);
        var sender = new SmtpMailSender(new SmtpSettings("127.0.0.1", server.Port, SmtpSecurity.None, null, null, From) { Attempts = 3 }, TimeProvider.System);

        var report = await sender.SendAsync([TestMessage.To("alice@example.org")], CancellationToken.None);

        Assert.Equal("0 of 1 delivered; not delivered: alice@example.org (refused before sending: Must issue a STARTTLS command first, 1 attempt)", report.Summary());
        Assert.Empty(server.Messages());
    }

    private static SmtpSettings Settings(int port, bool implicitTls) =>
        new("127.0.0.1", port, implicitTls ? SmtpSecurity.Tls : SmtpSecurity.StartTls, null, null, From)
        {
            FirstBackoff = TimeSpan.FromMilliseconds(100),
            Timeout = TimeSpan.FromSeconds(10),
        };
}
