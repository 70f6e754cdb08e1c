namespace Vigie.Decoys.Detection;

/// <summary>
/// One sign-in attempt as a log or a pushed event told it, whatever the vendor: who (the user name as typed), when,
/// from where, with which user agent, and how it ended ("success", "failure: 50126 Invalid username or password").
/// <paramref name="EventId"/> is the vendor's id when it has one. <paramref name="Password"/> is only ever set by a
/// pushed event that carries the password tried (a honeypot sign-in page); sign-in logs never do.
/// </summary>
internal sealed record SignInEvent(
    string Username,
    DateTimeOffset? Time,
    string? SourceAddress,
    string? UserAgent,
    string Outcome,
    string? EventId,
    string? Password = null)
{
    public override string ToString() => $"{Username} {Time:O} {SourceAddress} {Outcome}";
}
