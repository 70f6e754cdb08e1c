using Vigie.Core.Domains;
using Vigie.Core.Watchlists;
using Vigie.Enrichment.Pages;

namespace Vigie.Enrichment.Investigation;

/// <summary>What the suspect is compared with: the brand names, the genuine hosts, the genuine login pages.</summary>
internal sealed record InvestigationTarget(PageContext Context, IReadOnlyList<Uri> GenuinePages)
{
    /// <summary>
    /// The watchlist's assets as the page analysis sees them: its domains, subdomains, outside services and the
    /// hosts of its genuine pages are genuine hosts; its brands, organisation and domain labels are brand names.
    /// </summary>
    public static InvestigationTarget From(Watchlist list, IReadOnlyList<Uri> genuinePages)
    {
        var pages = list.LoginPages.Select(p => new Uri(p)).Concat(genuinePages).Distinct().ToList();
        var hosts = list.Domains.Concat(list.Subdomains).Concat(list.Services).Concat(pages.Select(u => u.Host))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var brands = list.Brands.Append(list.Organisation)
            .Concat(list.Domains.Concat(list.Services).Select(d => DomainName.Parse(d).Label))
            .Where(b => b.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new InvestigationTarget(new PageContext(brands, hosts), pages);
    }
}
