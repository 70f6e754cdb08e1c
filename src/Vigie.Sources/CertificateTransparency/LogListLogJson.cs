using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// One log; RFC 6962 logs have "url", tiled logs "monitoring_url" and "submission_url"; "state" has one key, the
/// state's name. "log_spec" appears only in the log.v3.json a Sunlight log serves about itself.
/// </summary>
internal sealed record LogListLogJson(
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("log_id")] string? LogId,
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("monitoring_url")] string? MonitoringUrl,
    [property: JsonPropertyName("submission_url")] string? SubmissionUrl,
    [property: JsonPropertyName("log_spec")] string? LogSpec,
    [property: JsonPropertyName("mmd")] int Mmd,
    [property: JsonPropertyName("state")] Dictionary<string, JsonElement>? State);
