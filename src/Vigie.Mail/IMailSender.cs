using MimeKit;

namespace Vigie.Mail;

/// <summary>Sends messages of one recipient each; never throws for a recipient's failure (see <see cref="MailReport"/>).</summary>
internal interface IMailSender
{
    Task<MailReport> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken);
}
