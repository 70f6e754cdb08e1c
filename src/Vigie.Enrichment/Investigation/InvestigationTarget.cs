using Vigie.Core.Domains;
using Vigie.Core.Watchlists;
using Vigie.Enrichment.Pages;

namespace Vigie.Enrichment.Investigation;

/// <summary>
/// What the suspect is compared with: the brand names, the genuine hosts, the genuine login pages, and the
/// organisation's own registrable domains (whose name servers, mail exchangers, certificate and registrant a
/// brand's own name shares).
/// </summary>
internal sealed record InvestigationTarget(PageContext Context, IReadOnlyList<Uri> GenuinePages)
{
    public IReadOnlyList<string> GenuineDomains { get; init; } = [];

    /// <summary>
    /// The watchlist's assets as the page analysis sees them: its domains, subdomains, outside services (with their
    /// other domains, "also:") and the hosts of its genuine pages are genuine hosts; its brands, organisation and
    /// domain labels are brand names.
    /// Only its own domains are genuine domains for ownership: an outside service's operator is not the brand.
    /// </summary>
    public static InvestigationTarget From(Watchlist list, IReadOnlyList<Uri> genuinePages)
    {
        var pages = list.LoginPages.Select(p => new Uri(p)).Concat(genuinePages).Distinct().ToList();
        var hosts = list.Domains.Concat(list.Subdomains).Concat(list.Services).Concat(list.ServiceDomains).Concat(pages.Select(u => u.Host))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var brands = list.Brands.Append(list.Organisation)
            .Concat(list.Domains.Concat(list.Services).Select(d => DomainName.Parse(d).Label))
            .Where(b => b.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new InvestigationTarget(new PageContext(brands, hosts), pages)
        {
            GenuineDomains = [.. list.Domains.Select(d => DomainName.Parse(d).RegistrableDomain).Distinct(StringComparer.Ordinal)],
        };
    }
}
