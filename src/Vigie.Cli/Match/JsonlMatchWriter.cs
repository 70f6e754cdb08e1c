using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigie.Cli.Match;

/// <summary>One JSON object a line: name, target, technique (list), score, explanation.</summary>
internal sealed class JsonlMatchWriter : IMatchWriter
{
    // Explanations quote letters ('a') and show Unicode look-alikes: keep them readable rather than \u-escaped.
    private static readonly MatchJsonContext Context = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public void Write(TextWriter output, Core.Matching.Match match)
    {
        var line = new MatchLine(match.Name, match.Target, match.Techniques, match.Score, match.Explanation);
        output.WriteLine(JsonSerializer.Serialize(line, Context.MatchLine));
    }
}
