namespace Vigie.Mail;

/// <summary>A bad `smtp:` section: one line naming the file, the line and the field.</summary>
internal sealed class MailConfigException(string message) : Exception(message);
