using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using MimeKit;
using Vigie.Mail;

namespace Vigie.Alerts.Channels;

/// <summary>
/// E-mail through the shared `smtp:` server (Vigie.Mail): one message per recipient. When some recipients got a
/// message and others did not, the retry goes to the others only (remembered per delivery id while the process runs);
/// the Message-ID is the same on every try, so a mail system that keeps ids can drop a repeat after a restart.
/// </summary>
internal sealed class EmailChannel(IMailSender sender, MailboxAddress from, IReadOnlyList<MailboxAddress> to) : IAlertChannel
{
    private readonly ConcurrentDictionary<long, HashSet<string>> delivered = new();

    public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var done = delivered.GetOrAdd(message.DeliveryId, _ => new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        var report = await sender.SendAsync([.. to.Where(r => !done.Contains(r.Address)).Select(r => Build(message, r))], cancellationToken);
        done.UnionWith(report.Deliveries.Where(d => d.Delivered).Select(d => d.Recipient));
        if (report.Failed.Count > 0)
        {
            throw new AlertChannelException(report.Summary());
        }

        delivered.TryRemove(message.DeliveryId, out _);
    }

    public MimeMessage Build(AlertMessage message, MailboxAddress recipient)
    {
        var mail = new MimeMessage { Subject = "[Vigie] " + AlertText.Title(message) };
        mail.From.Add(from);
        mail.To.Add(recipient);
        var domain = from.Address[(from.Address.LastIndexOf('@') + 1)..];
        mail.MessageId = $"vigie-alert-{message.DeliveryId}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipient.Address.ToLowerInvariant())))[..12]}@{domain}";
        mail.Headers.Add("Auto-Submitted", "auto-generated"); // RFC 3834: no vacation replies to alerts
        mail.Body = new TextPart("plain") { Text = Text(message) };
        return mail;
    }

    private static string Text(AlertMessage message)
    {
        var text = new StringBuilder();
        foreach (var alert in message.Alerts)
        {
            if (message.IsDigest)
            {
                text.Append(alert.Title).Append('\n');
            }

            foreach (var (label, value) in AlertText.Fields(alert))
            {
                text.Append(label).Append(": ").Append(value).Append('\n');
            }

            if (alert.Link is not null)
            {
                text.Append(alert.Link).Append('\n');
            }

            text.Append('\n');
        }

        return text.Append("-- \nVigie: names are defanged ([.] for each dot) so that no mail client makes them links.\n").ToString();
    }
}
