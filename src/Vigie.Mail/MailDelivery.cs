namespace Vigie.Mail;

/// <summary>What became of one message: delivered to the server or not, after how many attempts, and the last error.</summary>
internal sealed record MailDelivery(string Recipient, bool Delivered, int Attempts, string? Error);
