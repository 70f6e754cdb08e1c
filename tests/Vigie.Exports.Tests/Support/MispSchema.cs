using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Vigie.TestSupport;

namespace Vigie.Exports.Tests.Support;

/// <summary>
/// The MISP core format's JSON Schema (tests/data/formats/misp). It declares draft-04, which JsonSchema.Net does not
/// implement; the only keywords it uses ($ref, type, properties, additionalProperties, required, items, uniqueItems,
/// title) mean the same in draft-07, so it is evaluated as draft-07 (its root "id" is then an unknown keyword, unused).
/// One slip of the schema is mended: defs/sharing_group lists "required": ["uuid"] among its properties instead of
/// beside them, which no validator accepts as a schema; it is moved to where it was meant to be.
/// </summary>
internal static class MispSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var node = JsonNode.Parse(File.ReadAllText(SharedData.Path("formats/misp/misp-core-format-schema.json")))!;
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        var sharingGroup = node["defs"]!["sharing_group"]!.AsObject();
        if (sharingGroup["properties"]!.AsObject().Remove("required", out var required))
        {
            sharingGroup["required"] = required;
        }

        return JsonSchema.FromText(node.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    });

    /// <summary>The errors of one {"Event": …} document, one line each (empty when it validates).</summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }

    /// <summary>A real event file as {"Event": …}: two of them are stored bare.</summary>
    public static string RealEvent(string file)
    {
        var node = JsonNode.Parse(File.ReadAllText(SharedData.Path($"formats/misp/events/{file}")))!;
        return node["Event"] is null ? new JsonObject { ["Event"] = node }.ToJsonString() : node.ToJsonString();
    }
}
