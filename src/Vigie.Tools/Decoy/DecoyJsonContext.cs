using System.Text.Json.Serialization;

namespace Vigie.Cli.Decoy;

/// <summary>Source-generated serializer for the Native AOT CLI (no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(List<GeneratedDecoyJson>))]
[JsonSerializable(typeof(List<DecoyRowJson>))]
internal sealed partial class DecoyJsonContext : JsonSerializerContext;
