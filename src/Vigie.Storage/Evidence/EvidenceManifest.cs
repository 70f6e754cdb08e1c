namespace Vigie.Storage.Evidence;

/// <summary>One investigation of a finding: when, its summary lines (verdict, score, reasons) and its evidence.</summary>
internal sealed record EvidenceManifest(
    string Finding,
    DateTimeOffset InvestigatedAt,
    IReadOnlyDictionary<string, string> Summary,
    IReadOnlyList<EvidenceItem> Items);
