namespace Vigie.Storage.Scans;

/// <summary>
/// What an investigation concluded about a scanned name (`vigie scan --investigate`): the verdict, the risk score
/// and the evidence manifest, so that a finding in the database points at its proof.
/// </summary>
internal sealed record ScanAssessment(string Name, DateTimeOffset InvestigatedAt, string Verdict, int Score, string? Evidence);
