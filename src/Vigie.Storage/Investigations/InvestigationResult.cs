using Vigie.Enrichment.Investigation;
using Vigie.Storage.Evidence;

namespace Vigie.Storage.Investigations;

/// <summary>One investigation: the report, its printable (and stored) JSON form, and the evidence items saved for it.</summary>
internal sealed record InvestigationResult(InvestigationReport Report, InvestigateJson Json, IReadOnlyList<EvidenceItem> Evidence);
