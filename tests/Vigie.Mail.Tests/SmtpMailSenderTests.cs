using MimeKit;
using Vigie.TestSupport.Smtp;

namespace Vigie.Mail.Tests;

/// <summary>Against a real SMTP server (Debian's python3-aiosmtpd) on loopback.</summary>
public sealed class SmtpMailSenderTests
{
    [Fact]
    public async Task SendAsync_Login_OneMessagePerRecipientWithItsOwnEnvelope()
    {
        await using var server = await SmtpTestServer.StartAsync("vigie", "correct horse");
        var sender = new SmtpMailSender(Settings(server.Port) with { User = "vigie", Password = "correct horse" }, TimeProvider.System);

        var report = await sender.SendAsync([TestMessage.To("alice@example.org"), TestMessage.To("bob@example.org")], CancellationToken.None);

        Assert.Equal("2 of 2 delivered", report.Summary());
        var received = server.Messages();
        Assert.Equal([["alice@example.org"], ["bob@example.org"]], received.Select(m => m.Recipients));
        var parsed = MimeMessage.Load(new MemoryStream(received[0].Data));
        Assert.Equal("vigie@example.org", parsed.From.Mailboxes.Single().Address);
        Assert.Equal("hello alice@example.org", parsed.TextBody?.Trim());
    }

    [Fact]
    public async Task SendAsync_WrongPassword_PermanentFailureNotRetried()
    {
        await using var server = await SmtpTestServer.StartAsync("vigie", "correct horse");
        var sender = new SmtpMailSender(Settings(server.Port) with { User = "vigie", Password = "wrong" }, TimeProvider.System);

        var report = await sender.SendAsync([TestMessage.To("alice@example.org")], CancellationToken.None);

        var failure = Assert.Single(report.Failed);
        Assert.Equal(1, failure.Attempts);
        Assert.StartsWith("login refused: ", failure.Error, StringComparison.Ordinal);
        Assert.Empty(server.Messages());
    }

    [Fact]
    public async Task SendAsync_RefusedThen4xxThen5xxOnOneRecipient_OthersAllDeliveredAndOneLineReport()
    {
        // Nothing listens at first: the first attempt is refused; the server comes up during the back-off.
        await using var server = SmtpTestServer.Reserve();
        server.RejectRecipient("bob@example.org", "451 4.7.1 greylisted, try later", times: 2);
        server.RejectRecipient("carol@example.org", "550 5.1.1 no such user");
        var retries = new List<MailRetry>();
        var progress = new StartOnRetry(server, retries);
        var sender = new SmtpMailSender(Settings(server.Port), TimeProvider.System, progress);

        var report = await sender.SendAsync(
            [TestMessage.To("alice@example.org"), TestMessage.To("bob@example.org"), TestMessage.To("carol@example.org"), TestMessage.To("dave@example.org")], CancellationToken.None);

        Assert.Equal(["alice@example.org", "bob@example.org", "dave@example.org"], server.Messages().Select(m => m.Recipients.Single()));
        Assert.Equal([2, 3, 1, 1], report.Deliveries.Select(d => d.Attempts));
        Assert.Contains("Connection refused", retries[0].Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["alice@example.org", "bob@example.org", "bob@example.org"], retries.Select(r => r.Recipient));
        Assert.StartsWith("451 ", retries[1].Error, StringComparison.Ordinal);
        Assert.Equal("3 of 4 delivered; not delivered: carol@example.org (550 5.1.1 no such user, 1 attempt)", report.Summary());
    }

    [Fact]
    public async Task SendAsync_NoServerEver_GivesUpAfterTheAttemptsForEachRecipient()
    {
        await using var server = SmtpTestServer.Reserve();
        var sender = new SmtpMailSender(Settings(server.Port) with { Attempts = 2 }, TimeProvider.System);

        var report = await sender.SendAsync([TestMessage.To("alice@example.org"), TestMessage.To("bob@example.org")], CancellationToken.None);

        Assert.All(report.Deliveries, d => Assert.Equal((false, 2), (d.Delivered, d.Attempts)));
        Assert.StartsWith("0 of 2 delivered; not delivered: alice@example.org (127.0.0.1:", report.Summary(), StringComparison.Ordinal);
    }

    private static SmtpSettings Settings(int port) =>
        new("127.0.0.1", port, SmtpSecurity.None, null, null, new MailboxAddress("Vigie", "vigie@example.org"))
        {
            FirstBackoff = TimeSpan.FromMilliseconds(100),
            Timeout = TimeSpan.FromSeconds(10),
        };

    /// <summary>Records each retry and starts the server at the first one, before the back-off ends.</summary>
    private sealed class StartOnRetry(SmtpTestServer server, List<MailRetry> retries) : IProgress<MailRetry>
    {
        public void Report(MailRetry value)
        {
            retries.Add(value);
            server.StartAsync().GetAwaiter().GetResult();
        }
    }
}
