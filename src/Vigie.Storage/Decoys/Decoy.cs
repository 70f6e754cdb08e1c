namespace Vigie.Storage.Decoys;

/// <summary>
/// A decoy login as stored (DESIGN.md, "Decoy"): the finding whose page it was meant for (null for one planted by hand
/// without a finding), its lower-case user name, its password's PBKDF2 hash, and, once sent, the page that received
/// it, when, and how that went. <paramref name="Uses"/> counts the attempts seen in sign-in logs.
/// </summary>
internal sealed record Decoy(
    long Id,
    long? FindingId,
    string Username,
    string PasswordHash,
    DateTimeOffset CreatedAt,
    string? Page,
    DateTimeOffset? SubmittedAt,
    string? SubmissionStatus,
    int Uses);
