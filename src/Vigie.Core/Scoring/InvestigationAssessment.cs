namespace Vigie.Core.Scoring;

/// <summary>The verdict, a risk score 0–100 inside the verdict's band, and the reasons in plain words.</summary>
internal sealed record InvestigationAssessment(Verdict Verdict, int Score, IReadOnlyList<string> Reasons);
