namespace Vigie.Storage.Findings;

/// <summary>
/// A name that imitates one of an organisation's assets, tracked over time (DESIGN.md, "Finding").
/// <paramref name="Name"/> is lower-case ASCII (punycode kept), <paramref name="Unicode"/> the form people see.
/// <paramref name="Target"/>, <paramref name="Techniques"/>, <paramref name="Score"/> and <paramref name="Explanation"/>
/// are the strongest match any source reported. <paramref name="Verdict"/> and <paramref name="RiskScore"/> come from
/// the latest investigation; <paramref name="ScreenshotSha256"/> names the latest screenshot in the evidence store.
/// </summary>
internal sealed record Finding(
    long Id,
    long OrganisationId,
    string OrganisationSlug,
    string Name,
    string Unicode,
    string Target,
    IReadOnlyList<string> Techniques,
    int Score,
    string Explanation,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    bool Live,
    IReadOnlyList<SourceKind> Sources,
    TriageState State,
    DateTimeOffset StateChangedAt,
    string? Verdict,
    int? RiskScore,
    DateTimeOffset? VerdictAt,
    string? ScreenshotSha256);
