using System.Text.Json.Serialization;

namespace Vigie.Cli.Match;

/// <summary>Source-generated serializer for the Native AOT CLI (no reflection).</summary>
[JsonSerializable(typeof(MatchLine))]
internal sealed partial class MatchJsonContext : JsonSerializerContext;
