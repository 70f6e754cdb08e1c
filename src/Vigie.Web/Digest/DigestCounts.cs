using Vigie.Storage.Findings;

namespace Vigie.Web.Digest;

/// <summary>The week in three numbers: fake addresses found, confirmed phishing among them, still online.</summary>
internal sealed record DigestCounts(int Found, int Confirmed, int Live)
{
    public static DigestCounts Of(IReadOnlyList<DigestEntry> entries) => new(
        entries.Count,
        entries.Count(e => e.Finding.State is TriageState.ConfirmedPhishing or TriageState.TakedownRequested or TriageState.TakenDown),
        entries.Count(e => e.Finding.Live));
}
