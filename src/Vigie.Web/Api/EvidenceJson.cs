namespace Vigie.Web.Api;

/// <summary>A JSON shape of the API (snake_case on the wire, enum values as the store names them).</summary>
internal sealed record EvidenceJson(string Kind, string MediaType, string Sha256, long Size, DateTimeOffset CapturedAt, string Source, string Url);
