namespace Vigie.Exports.Tables;

/// <summary>One finding in the JSON export: the fields of the CSV export, lists as arrays, times in ISO 8601 UTC.</summary>
internal sealed record ExportJson(
    string Organisation,
    string Name,
    string Unicode,
    string Target,
    IReadOnlyList<string> Techniques,
    int Score,
    string Explanation,
    string State,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    bool Live,
    string? Verdict,
    int? RiskScore,
    IReadOnlyList<string> Addresses,
    IReadOnlyList<string> Urls);
