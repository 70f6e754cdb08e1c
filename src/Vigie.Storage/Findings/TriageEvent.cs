namespace Vigie.Storage.Findings;

/// <summary>
/// One change of a finding's triage state: from, to, who (<paramref name="UserId"/> when a signed-in user,
/// <paramref name="Actor"/> always: the user's name or the command, "vigie scan"), why, and when.
/// </summary>
internal sealed record TriageEvent(
    long Id,
    long FindingId,
    TriageState From,
    TriageState To,
    long? UserId,
    string Actor,
    string Comment,
    DateTimeOffset ChangedAt);
