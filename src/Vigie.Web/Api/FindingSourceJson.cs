namespace Vigie.Web.Api;

/// <summary>A JSON shape of the API (snake_case on the wire, enum values as the store names them).</summary>
internal sealed record FindingSourceJson(string Kind, string Detail, DateTimeOffset SeenAt);
