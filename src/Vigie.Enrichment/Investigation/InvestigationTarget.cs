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
}
