using System.Text.Json;
using Json.Schema;
using Vigie.TestSupport;

namespace Vigie.Exports.Tests.Support;

/// <summary>
/// The 57 OASIS STIX 2.1 JSON schemas (tests/data/formats/stix21-schemas), each registered under its own $id in a
/// registry of their own; the registry's fetch serves those files only and refuses any other address, so nothing
/// is ever downloaded.
/// </summary>
internal sealed class StixSchemas
{
    private readonly Dictionary<Uri, string> files = [];
    private readonly SchemaRegistry registry = new();

    public StixSchemas()
    {
        foreach (var path in Directory.EnumerateFiles(SharedData.Path("formats/stix21-schemas/schemas"), "*.json", SearchOption.AllDirectories))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            files[new Uri(document.RootElement.GetProperty("$id").GetString()!)] = path;
        }

        registry.Fetch = (uri, _) => files.TryGetValue(new Uri(uri.GetLeftPart(UriPartial.Query)), out var path)
            ? JsonSchema.FromFile(path, new BuildOptions { SchemaRegistry = registry })
            : throw new InvalidOperationException($"no local STIX schema has the $id {uri}: the test never fetches one");
        foreach (var id in files.Keys)
        {
            _ = registry.Get(id) ?? throw new InvalidOperationException($"{id} did not register");
        }

        Bundle = (JsonSchema)registry.Get(files.Keys.Single(u => u.AbsolutePath.EndsWith("/common/bundle.json", StringComparison.Ordinal)))!;
    }

    public int Count => files.Count;

    public JsonSchema Bundle { get; }

    /// <summary>The errors of <paramref name="json"/> against bundle.json, one line each (empty when it validates).</summary>
    public IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Bundle.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }
}
