using System.Text.Json.Serialization;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>An operator and its logs of both kinds.</summary>
internal sealed record LogListOperatorJson(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("logs")] IReadOnlyList<LogListLogJson>? Logs,
    [property: JsonPropertyName("tiled_logs")] IReadOnlyList<LogListLogJson>? TiledLogs);
