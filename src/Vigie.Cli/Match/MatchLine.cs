using System.Text.Json.Serialization;

namespace Vigie.Cli.Match;

/// <summary>The jsonl record; its field names are part of the interface (README.md, "vigie match").</summary>
internal sealed record MatchLine(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("technique")] IReadOnlyList<string> Technique,
    [property: JsonPropertyName("score")] int Score,
    [property: JsonPropertyName("explanation")] string Explanation);
