namespace Vigie.Mail;

/// <summary>A failed attempt that will be tried again after <paramref name="Delay"/> (for logs and progress lines).</summary>
internal sealed record MailRetry(string Recipient, int Attempt, TimeSpan Delay, string Error);
