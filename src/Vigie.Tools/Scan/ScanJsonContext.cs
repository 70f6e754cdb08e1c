using System.Text.Json.Serialization;

namespace Vigie.Cli.Scan;

/// <summary>Source-generated serialization: the CLI is Native AOT, where reflection-based System.Text.Json is unavailable.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(List<ScanJsonRow>))]
internal sealed partial class ScanJsonContext : JsonSerializerContext;
