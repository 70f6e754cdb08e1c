using System.Text.Json.Serialization;

namespace Vigie.Storage.Investigations;

/// <summary>Source-generated serialization: the CLI is Native AOT, where reflection-based System.Text.Json is unavailable.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(InvestigateJson))]
internal sealed partial class InvestigateJsonContext : JsonSerializerContext;
