namespace Vigie.Web.Api;

/// <summary>A JSON shape of the API (snake_case on the wire, enum values as the store names them).</summary>
internal sealed record FindingDetailsJson(
    FindingJson Finding, IReadOnlyList<FindingSourceJson> Sources, IReadOnlyList<ObservationJson> Observations,
    IReadOnlyList<TriageEventJson> History, string? EvidenceZipUrl);
