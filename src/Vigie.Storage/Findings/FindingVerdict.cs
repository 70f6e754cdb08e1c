namespace Vigie.Storage.Findings;

/// <summary>An investigation's conclusion: "phishing", "suspicious", "parked", … and a risk score 0–100.</summary>
internal sealed record FindingVerdict(string Verdict, int RiskScore);
