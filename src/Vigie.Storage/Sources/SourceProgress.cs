using Vigie.Storage.Findings;

namespace Vigie.Storage.Sources;

/// <summary>A source's successful round: how far it has read, how far it goes, when it runs next.</summary>
internal sealed record SourceProgress(
    string SourceId,
    SourceKind Kind,
    string Label,
    long Position,
    long Size,
    DateTimeOffset? NextRunAt = null,
    long? OrganisationId = null);
