namespace Vigie.Storage.Findings;

/// <summary>One source that reported a finding, with its detail, first seen by that source at <paramref name="SeenAt"/>.</summary>
internal sealed record FindingSource(SourceKind Kind, string Detail, DateTimeOffset SeenAt);
