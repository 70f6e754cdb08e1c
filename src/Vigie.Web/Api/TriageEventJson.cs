namespace Vigie.Web.Api;

/// <summary>A JSON shape of the API (snake_case on the wire, enum values as the store names them).</summary>
internal sealed record TriageEventJson(long Id, string From, string To, string Actor, long? UserId, string Comment, DateTimeOffset ChangedAt);
