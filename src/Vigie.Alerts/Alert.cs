namespace Vigie.Alerts;

/// <summary>
/// One alert as every channel receives it, rendered from the store when its event is routed and kept as JSON in the
/// outbox (<see cref="AlertJson"/>), so a retry days later sends what was true then. The generic webhook sends it as is.
/// <paramref name="Defanged"/> is the name with its dots bracketed (onedrive-en-marche[.]fr), safe to paste anywhere.
/// Finding fields are null for an alert about no finding (a source failing).
/// </summary>
internal sealed record Alert(
    long EventId,
    string Kind,
    string Title,
    string Organisation,
    string OrganisationName,
    long? FindingId,
    string? Name,
    string? Defanged,
    string? Target,
    IReadOnlyList<string> Techniques,
    int? Score,
    string? Explanation,
    bool? Live,
    string? Verdict,
    int? RiskScore,
    string Detail,
    string? Link,
    DateTimeOffset OccurredAt);
