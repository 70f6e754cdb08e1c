using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigie.Alerts;

/// <summary>Alerts as JSON (snake_case), source-generated: `vigie serve` is published Native AOT.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Alert))]
[JsonSerializable(typeof(Channels.WebhookBody))]
internal sealed partial class AlertJson : JsonSerializerContext
{
    public static string Write(Alert alert) => JsonSerializer.Serialize(alert, Default.Alert);

    public static Alert Read(string json) => JsonSerializer.Deserialize(json, Default.Alert) ?? throw new JsonException("an alert cannot be null");
}
