using Vigie.Core.Domains;
using Vigie.Core.Watchlists;
using Vigie.Enrichment.Investigation;
using Vigie.Storage.Findings;

namespace Vigie.Web.Pipeline.Investigation;

/// <summary>
/// What a finding is compared with: its organisation's watchlist, and as genuine pages the watchlist's login pages, or
/// when it lists none, the landing page of the asset the finding imitates (else of the first watched domain), so the
/// finding page always has a genuine capture to show beside the suspect's.
/// A name filed in several organisations is investigated once, against the union of their watchlists: its page is
/// compared with every one's genuine pages and brands, and it is brand's own when it shares its operator with any of
/// their domains (a domain of an organisation this instance protects is not a threat to the others either).
/// </summary>
internal static class InvestigationTargets
{
    public static InvestigationTarget For(IReadOnlyList<(Finding Finding, Watchlist List)> subjects)
    {
        var pages = subjects.Where(s => s.List.LoginPages.Count == 0).SelectMany(s => LandingPage(s.Finding, s.List)).Distinct().ToList();
        return InvestigationTarget.From(subjects.Skip(1).Aggregate(subjects[0].List, (union, s) => Union(union, s.List)), pages);
    }

    private static IEnumerable<Uri> LandingPage(Finding finding, Watchlist list)
    {
        var watched = list.Domains.Concat(list.Subdomains).ToList();
        var asset = watched.FirstOrDefault(d => d.Equals(finding.Target, StringComparison.OrdinalIgnoreCase)) ?? watched.FirstOrDefault();
        return asset is not null && DomainName.TryParse(asset, out var domain, out _) ? [new Uri($"https://{domain!.Ascii}/")] : [];
    }

    /// <summary>Both watchlists' assets; the second organisation's name becomes a brand name of the union.</summary>
    private static Watchlist Union(Watchlist a, Watchlist b) => new(
        a.Organisation,
        Merge(a.Domains, b.Domains),
        Merge(a.Brands, [.. b.Brands, b.Organisation]),
        Merge(a.Subdomains, b.Subdomains),
        Merge(a.Services, b.Services),
        Merge(a.LoginPages, b.LoginPages),
        Merge(a.Allowlist, b.Allowlist),
        Merge(a.ServiceDomains, b.ServiceDomains));

    private static List<string> Merge(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        [.. a.Concat(b).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
}
