using Vigie.Storage.Findings;

namespace Vigie.Web.Pipeline;

/// <summary>A name seen by a source, matched against every organisation's watchlist: one finding report per organisation it imitates.</summary>
internal static class MatchReports
{
    public static void Add(List<FindingReport> reports, IReadOnlyList<OrganisationMatcher> organisations, string name, SourceKind source, string detail, DateTimeOffset seenAt)
    {
        foreach (var organisation in organisations)
        {
            if (organisation.Matcher.TryMatch(name, out var match))
            {
                reports.Add(new FindingReport(organisation.Organisation.Id, match!.Name, match.Target, match.Techniques, match.Score, match.Explanation, source, detail, seenAt));
            }
        }
    }
}
