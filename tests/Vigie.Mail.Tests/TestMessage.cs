using MimeKit;

namespace Vigie.Mail.Tests;

/// <summary>A one-line message to one recipient, whose body names the recipient so each delivery can be told apart.</summary>
internal static class TestMessage
{
    public static MimeMessage To(string to)
    {
        var message = new MimeMessage { Subject = "test", Body = new TextPart("plain") { Text = $"hello {to}\n" } };
        message.To.Add(MailboxAddress.Parse(to));
        return message;
    }
}
