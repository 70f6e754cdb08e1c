using Vigie.Storage.Evidence;

namespace Vigie.Storage.Findings;

/// <summary>
/// What was seen of a finding at one time: <paramref name="Payload"/> is JSON (DNS records, the HTTP chain, a
/// certificate, RDAP data, a verdict with its reasons), <paramref name="Summary"/> one line for the timeline.
/// The evidence items name objects of the <see cref="EvidenceStore"/> by SHA-256.
/// </summary>
internal sealed record Observation(
    long Id,
    long FindingId,
    ObservationKind Kind,
    DateTimeOffset ObservedAt,
    string Summary,
    string Payload,
    IReadOnlyList<EvidenceItem> Evidence);
