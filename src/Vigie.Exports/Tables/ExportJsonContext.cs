using System.Text.Json.Serialization;

namespace Vigie.Exports.Tables;

/// <summary>Source-generated (the CLI is Native AOT): snake_case names, as the JSON API writes them.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ExportJson))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
