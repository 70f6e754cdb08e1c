using Vigie.Enrichment.Pages;

namespace Vigie.Enrichment.Investigation;

/// <summary>What the suspect is compared with: the brand names, the genuine hosts, the genuine login pages.</summary>
internal sealed record InvestigationTarget(PageContext Context, IReadOnlyList<Uri> GenuinePages);
