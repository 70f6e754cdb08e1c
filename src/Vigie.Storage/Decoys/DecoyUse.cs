namespace Vigie.Storage.Decoys;

/// <summary>
/// One attempt to sign in with a decoy, as a sign-in log or a webhook reported it. <paramref name="Source"/> names the
/// detector (format and file, or the webhook); <paramref name="EventKey"/> is the vendor's event id or a hash of the
/// record, so a record read twice is stored once. <paramref name="PasswordMatched"/> is null when the event carried no
/// password (sign-in logs never do), else whether it was the decoy's.
/// </summary>
internal sealed record DecoyUse(
    long DecoyId,
    string Source,
    string EventKey,
    DateTimeOffset AttemptedAt,
    string? SourceAddress,
    string? UserAgent,
    string Outcome,
    bool? PasswordMatched);
