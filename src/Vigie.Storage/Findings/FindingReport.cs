namespace Vigie.Storage.Findings;

/// <summary>
/// One source reporting one name for one organisation: what the matcher said of it, which source, with what detail
/// ("LOG_ID#INDEX" for a CT entry, the list's file or URL for NRD, the zone file, the user's name), and when.
/// <paramref name="Live"/>: true or false when the source knows (a DNS sweep), null when it does not (a CT entry).
/// <paramref name="Unicode"/>: null to derive it from <paramref name="Name"/>.
/// </summary>
internal sealed record FindingReport(
    long OrganisationId,
    string Name,
    string Target,
    IReadOnlyList<string> Techniques,
    int Score,
    string Explanation,
    SourceKind Source,
    string SourceDetail,
    DateTimeOffset SeenAt,
    bool? Live = null,
    string? Unicode = null);
