using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Vigie.Mail;

/// <summary>
/// Sends each message on its own SMTP session with MailKit, one recipient per message, so that a refused recipient,
/// a dropped connection or a slow server costs only that message. Failures that may pass (connection refused or
/// reset, timeout, a 4xx reply: RFC 5321 §4.2.1 "transient negative completion") are retried with doubling back-off;
/// a 5xx reply ("permanent negative completion"), a refused login or a TLS failure is not.
/// </summary>
internal sealed class SmtpMailSender(SmtpSettings settings, TimeProvider time, IProgress<MailRetry>? retries = null) : IMailSender
{
    public async Task<MailReport> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        var deliveries = new List<MailDelivery>(messages.Count);
        foreach (var message in messages)
        {
            deliveries.Add(await DeliverAsync(message, cancellationToken));
        }

        return new MailReport(deliveries);
    }

    private async Task<MailDelivery> DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var recipients = message.To.Mailboxes.ToList();
        if (recipients.Count != 1 || message.Cc.Count + message.Bcc.Count > 0)
        {
            throw new ArgumentException("each message goes to exactly one recipient (To), with no Cc or Bcc", nameof(message));
        }

        var recipient = recipients[0];
        if (message.From.Count == 0)
        {
            message.From.Add(settings.From);
        }

        for (var attempt = 1; ; attempt++)
        {
            var (error, permanent) = await TryOnceAsync(message, recipient, cancellationToken);
            if (error is null)
            {
                return new MailDelivery(recipient.Address, true, attempt, null);
            }

            if (permanent || attempt >= settings.Attempts)
            {
                return new MailDelivery(recipient.Address, false, attempt, error);
            }

            var delay = settings.Backoff(attempt);
            retries?.Report(new MailRetry(recipient.Address, attempt, delay, error));
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>One SMTP session; the error (null when sent) and whether trying again is pointless.</summary>
    private async Task<(string? Error, bool Permanent)> TryOnceAsync(MimeMessage message, MailboxAddress recipient, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds, ServerCertificateValidationCallback = settings.Trust.Callback() };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, Options(settings.Security), cancellationToken);
            if (settings.User is { } user)
            {
                await client.AuthenticateAsync(user, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, settings.From, [recipient], cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return (null, false);
        }
        catch (SmtpCommandException e)
        {
            var code = (int)e.StatusCode;
            return ($"{code} {OneLine(e.Message)}", code >= 500);
        }
        catch (AuthenticationException e)
        {
            return ($"login refused: {OneLine(e.Message)}", true);
        }
        catch (ServiceNotAuthenticatedException e)
        {
            // The server wants a login or STARTTLS first (530): the configuration must change, trying again will not help.
            return ($"refused before sending: {OneLine(e.Message)}", true);
        }
        catch (SslHandshakeException e)
        {
            return ($"TLS failed: {OneLine(e.Message)}", true);
        }
        catch (SocketException e)
        {
            return ($"{settings.Host}:{settings.Port}: {OneLine(e.Message)}", false);
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return ($"{settings.Host}:{settings.Port}: {OneLine(e.Message)}", false);
        }
    }

    private static SecureSocketOptions Options(SmtpSecurity security) => security switch
    {
        SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
