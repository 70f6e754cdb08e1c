namespace Vigie.Storage.Takedowns;

/// <summary>
/// One abuse report about a finding: its <paramref name="Recipients"/> (abuse addresses), whether it was
/// <paramref name="Sent"/> by SMTP or only drafted, who asked, when, and when to follow it up if the name still answers.
/// </summary>
internal sealed record TakedownRequest(
    long Id,
    long FindingId,
    IReadOnlyList<string> Recipients,
    string Language,
    bool Sent,
    string Actor,
    DateTimeOffset RequestedAt,
    DateTimeOffset FollowUpAt);
