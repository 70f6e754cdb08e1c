using Vigie.Core.Matching;

namespace Vigie.Storage.Findings;

/// <summary>
/// A name a DNS sweep found registered, as a finding report: the matcher's target, techniques, score and explanation
/// when it recognises the name, else the permutation techniques that produced it and a plain explanation.
/// </summary>
internal static class SweepReport
{
    public static FindingReport Create(Matcher matcher, long organisationId, string target, string name, IReadOnlyList<string> techniques,
        DateTimeOffset seenAt, bool live, string sweptBy = "vigie scan")
    {
        var detail = sweptBy + " " + target;
        return matcher.TryMatch(name, out var match)
            ? new FindingReport(organisationId, name, match!.Target, match.Techniques, match.Score, match.Explanation, SourceKind.Sweep, detail, seenAt, live)
            : new FindingReport(organisationId, name, target, techniques, 0, $"a permutation of {target} found registered by a DNS sweep",
                SourceKind.Sweep, detail, seenAt, live);
    }
}
