namespace Vigie.Cli.Scan;

/// <summary>The JSON shape of one row (README.md, "vigie scan"); absent values are null, lists are never null.</summary>
internal sealed record ScanJsonRow(
    string Name,
    string Status,
    string? Change,
    string? FirstSeen,
    string? LastSeen,
    ScanJsonRecords Records,
    string? Reason,
    IReadOnlyList<string> Techniques);
