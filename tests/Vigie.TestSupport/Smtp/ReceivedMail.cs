namespace Vigie.TestSupport.Smtp;

/// <summary>One message the test SMTP server accepted: its envelope recipients and its bytes as received.</summary>
public sealed record ReceivedMail(IReadOnlyList<string> Recipients, byte[] Data);
