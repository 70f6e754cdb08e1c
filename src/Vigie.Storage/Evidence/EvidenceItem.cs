namespace Vigie.Storage.Evidence;

/// <summary>
/// One piece of evidence: what it is ("screenshot", "html", "headers", "certificate", …), where it came from, when
/// (UTC) and its SHA-256, which is also its name in the store, so the same bytes are kept once and any
/// tampering shows.
/// </summary>
internal sealed record EvidenceItem(
    string Kind,
    string MediaType,
    string Sha256,
    long Size,
    DateTimeOffset CapturedAt,
    string Source);
