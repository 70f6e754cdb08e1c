using Vigie.Core.Matching;
using Vigie.Core.Watchlists;

namespace Vigie.Storage.Scans;

/// <summary>
/// Where a scan's registered names go in the findings store: the organisation, the swept domain and its matcher (for
/// the finding's target, score and explanation), the permutation techniques of each name, and who swept them (the
/// source detail: "vigie scan", "vigie serve"). The domain is not always the scan's key in the store: `vigie serve`
/// keeps one memory per organisation and domain.
/// </summary>
internal sealed record ScanFindings(long OrganisationId, string Target, Matcher Matcher, IReadOnlyDictionary<string, IReadOnlyList<string>> Techniques, string SweptBy)
{
    /// <summary>The findings of a sweep of <paramref name="target"/>: matched against the target alone, whatever the organisation's watchlist says, as the sweep was made for it.</summary>
    public static ScanFindings For(long organisation, string target, IReadOnlyList<ScanTarget> names, string sweptBy)
    {
        var techniques = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        names.ToList().ForEach(n => techniques.TryAdd(n.Name, n.Techniques));
        return new ScanFindings(organisation, target, Matcher.Build(WatchlistLoader.FromDomains([target]), MatcherOptions.Default with { MinScore = 0 }), techniques, sweptBy);
    }
}
