using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>One log; RFC 6962 logs have "url", tiled logs "monitoring_url"; "state" has one key, the state's name.</summary>
internal sealed record LogListLogJson(
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("log_id")] string? LogId,
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("monitoring_url")] string? MonitoringUrl,
    [property: JsonPropertyName("mmd")] int Mmd,
    [property: JsonPropertyName("state")] Dictionary<string, JsonElement>? State);
