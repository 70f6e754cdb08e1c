using Vigie.Storage.Findings;

namespace Vigie.Storage.Investigations;

/// <summary>A finding due for a DNS re-check, with what the previous check saw (null answer: never checked).</summary>
internal sealed record FindingCheck(long FindingId, string Name, bool Live, TriageState State, string? Answer, int NxdomainStreak);
