using Vigie.Storage.Evidence;

namespace Vigie.Storage.Findings;

/// <summary>
/// An observation to add to a finding. With <paramref name="Verdict"/>, the finding's latest verdict and risk score
/// become these (when this observation is the latest); a screenshot among the evidence becomes its thumbnail.
/// </summary>
internal sealed record ObservationDraft(
    ObservationKind Kind,
    DateTimeOffset ObservedAt,
    string Summary,
    string Payload,
    IReadOnlyList<EvidenceItem> Evidence,
    FindingVerdict? Verdict = null);
