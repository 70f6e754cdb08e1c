namespace Vigie.Web.Api;

/// <summary>A JSON shape of the API (snake_case on the wire, enum values as the store names them).</summary>
internal sealed record SourceStatusJson(
    string SourceId, string Kind, string Label, long? OrganisationId, long Position, long Size, long Lag,
    DateTimeOffset? LastSuccessAt, string? LastError, DateTimeOffset? LastErrorAt, DateTimeOffset? NextRunAt, DateTimeOffset UpdatedAt);
