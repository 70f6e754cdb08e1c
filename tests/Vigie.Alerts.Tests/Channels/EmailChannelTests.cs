using MimeKit;
using Vigie.Alerts.Channels;
using Vigie.Alerts.Tests.Support;
using Vigie.Mail;
using Vigie.TestSupport.Smtp;

namespace Vigie.Alerts.Tests.Channels;

/// <summary>Against a real SMTP server (Debian's python3-aiosmtpd) on loopback.</summary>
public sealed class EmailChannelTests
{
    [Fact]
    public async Task SendAsync_OneAlert_EachRecipientGetsTheDefangedAlert()
    {
        await using var server = await SmtpTestServer.StartAsync();
        var channel = Channel(server.Port, "alice@example.org", "bob@example.org");

        await channel.SendAsync(new AlertMessage(31, [SampleAlerts.Phishing()]), CancellationToken.None);

        var received = server.Messages();
        Assert.Equal([["alice@example.org"], ["bob@example.org"]], received.Select(m => m.Recipients));
        var mail = MimeMessage.Load(new MemoryStream(received[0].Data));
        Assert.Equal("[Vigie] onedrive-en-marche[.]fr judged phishing", mail.Subject);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        Assert.StartsWith("vigie-alert-31-", mail.MessageId, StringComparison.Ordinal);
        Assert.Contains("Name: onedrive-en-marche[.]fr\n", mail.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("https://vigie.example.org/findings/42", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("onedrive-en-marche.fr", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_OneRecipientRefusedOnce_RetryGoesToThatRecipientOnly()
    {
        await using var server = await SmtpTestServer.StartAsync();
        server.RejectRecipient("bob@example.org", "451 4.3.0 try later", times: 1);
        var channel = Channel(server.Port, "alice@example.org", "bob@example.org");
        var message = new AlertMessage(32, [SampleAlerts.Phishing()]);

        var error = await Assert.ThrowsAsync<AlertChannelException>(() => channel.SendAsync(message, CancellationToken.None));
        await channel.SendAsync(message, CancellationToken.None);

        Assert.Contains("bob@example.org (451", error.Message, StringComparison.Ordinal);
        Assert.Equal([["alice@example.org"], ["bob@example.org"]], server.Messages().Select(m => m.Recipients));
    }

    private static EmailChannel Channel(int port, params string[] to)
    {
        var smtp = new SmtpSettings("127.0.0.1", port, SmtpSecurity.None, null, null, new MailboxAddress("Vigie", "vigie@example.org")) { Attempts = 1 };
        return new EmailChannel(new SmtpMailSender(smtp, TimeProvider.System), smtp.From, [.. to.Select(MailboxAddress.Parse)]);
    }
}
