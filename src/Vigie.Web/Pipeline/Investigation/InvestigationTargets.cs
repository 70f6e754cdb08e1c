using Vigie.Core.Domains;
using Vigie.Core.Watchlists;
using Vigie.Enrichment.Investigation;
using Vigie.Storage.Findings;

namespace Vigie.Web.Pipeline.Investigation;

/// <summary>
/// What a finding is compared with: its organisation's watchlist, and as genuine pages the watchlist's login pages, or
/// when it lists none, the landing page of the asset the finding imitates (else of the first watched domain), so the
/// finding page always has a genuine capture to show beside the suspect's.
/// </summary>
internal static class InvestigationTargets
{
    public static InvestigationTarget For(Finding finding, Watchlist list)
    {
        if (list.LoginPages.Count > 0)
        {
            return InvestigationTarget.From(list, []);
        }

        var watched = list.Domains.Concat(list.Subdomains).ToList();
        var asset = watched.FirstOrDefault(d => d.Equals(finding.Target, StringComparison.OrdinalIgnoreCase)) ?? watched.FirstOrDefault();
        return InvestigationTarget.From(list, asset is not null && DomainName.TryParse(asset, out var domain, out _) ? [new Uri($"https://{domain!.Ascii}/")] : []);
    }
}
