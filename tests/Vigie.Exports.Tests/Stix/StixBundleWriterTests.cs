using System.Text.Json;
using System.Text.Json.Nodes;
using Vigie.Exports.Tests.Support;
using Vigie.Storage.Findings;
using Vigie.TestSupport;

namespace Vigie.Exports.Tests.Stix;

public sealed class StixBundleWriterTests : IAsyncLifetime
{
    private static readonly Lazy<StixSchemas> Schemas = new(() => new StixSchemas());
    private ExportLab lab = null!;

    public async Task InitializeAsync() => lab = await ExportLab.OpenAsync();

    public async Task DisposeAsync() => await lab.DisposeAsync();

    [Fact]
    public void Schemas_AllFiles_RegisteredByIdAndTheValidatorRejectsABrokenExample()
    {
        var example = File.ReadAllText(SharedData.Path("formats/stix21-schemas/examples/infrastructure.json"));
        var broken = JsonNode.Parse(example)!;
        broken["objects"]!.AsArray().First(o => (string?)o!["type"] == "domain-name")!["id"] = "domain-name--not-a-uuid";

        Assert.Equal(57, Schemas.Value.Count);
        Assert.Empty(Schemas.Value.Validate(example));
        Assert.NotEmpty(Schemas.Value.Validate(broken.ToJsonString()));
    }

    [Fact]
    public async Task WriteAsync_LabFindings_BundleValidatesAgainstTheOasisSchemas()
    {
        var bundle = await lab.ExportAsync(ExportFormat.Stix, new ExportFilter(States: [.. Enum.GetValues<TriageState>()]));

        Assert.Empty(Schemas.Value.Validate(bundle));
    }

    [Fact]
    public async Task WriteAsync_LabFindings_IdentityIndicatorsObservedDataAndRelationships()
    {
        var objects = Objects(await lab.ExportAsync(ExportFormat.Stix));

        var indicator = objects.Values.Single(o => Text(o, "type") == "indicator" && Text(o, "pattern") == "[domain-name:value = 'en-rnarche.fr']");
        var identity = objects[Text(indicator, "created_by_ref")];
        var observed = objects.Values.Single(o => Text(o, "type") == "relationship" && Text(o, "source_ref") == Text(indicator, "id")).GetProperty("target_ref").GetString()!;
        var refs = objects[observed].GetProperty("object_refs").EnumerateArray().Select(r => objects[r.GetString()!]).ToList();
        Assert.Equal("En Marche", Text(identity, "name"));
        Assert.Equal(["malicious-activity"], indicator.GetProperty("indicator_types").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2026-11-20T09:00:00.000Z", Text(indicator, "valid_from"));
        Assert.Equal(
            ["domain-name en-rnarche.fr", "ipv4-addr 192.0.2.10", "ipv6-addr 2001:db8::10", "url http://en-rnarche.fr/", "url https://en-rnarche.fr/", "url https://login.en-rnarche.fr/signin"],
            refs.Select(r => $"{Text(r, "type")} {Text(r, "value")}").Order());
        Assert.Equal(4, objects.Values.Count(o => Text(o, "type") == "indicator"));
        Assert.DoesNotContain(objects.Values, o => Text(o, "type") == "indicator" && Text(o, "pattern").Contains("benign", StringComparison.Ordinal));
        Assert.Single(objects.Values, o => Text(o, "type") == "ipv4-addr" && Text(o, "value") == "192.0.2.10");
    }

    [Fact]
    public async Task WriteAsync_LabFindings_ChecksTheSchemasLeaveOut()
    {
        var objects = Objects(await lab.ExportAsync(ExportFormat.Stix, new ExportFilter(States: [.. Enum.GetValues<TriageState>()])));
        // STIX 2.1 §3.8 (relationship_type and the *_ref properties of §4 and §6): which types each reference may name.
        var allowed = new Dictionary<string, string[]>
        {
            ["created_by_ref"] = ["identity"],
            ["object_refs"] = ["domain-name", "ipv4-addr", "ipv6-addr", "url"],
            ["resolves_to_refs"] = ["ipv4-addr", "ipv6-addr", "domain-name"],
            ["source_ref"] = ["indicator"],
            ["target_ref"] = ["observed-data"],
        };

        foreach (var o in objects.Values)
        {
            if (o.TryGetProperty("created", out var created))
            {
                Assert.True(o.GetProperty("modified").GetDateTimeOffset() >= created.GetDateTimeOffset(), Text(o, "id"));
            }

            if (Text(o, "type") == "indicator")
            {
                Assert.True(StixPatternGrammar.Check(Text(o, "pattern")).Valid, Text(o, "pattern"));
                Assert.True(!o.TryGetProperty("valid_until", out var until) || until.GetDateTimeOffset() > o.GetProperty("valid_from").GetDateTimeOffset());
            }

            if (Text(o, "type") == "relationship")
            {
                Assert.Equal("based-on", Text(o, "relationship_type"));
            }

            foreach (var property in o.EnumerateObject().Where(p => p.Name.EndsWith("_ref", StringComparison.Ordinal) || p.Name.EndsWith("_refs", StringComparison.Ordinal)))
            {
                var targets = property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().Select(t => t.GetString()!) : [property.Value.GetString()!];
                foreach (var target in targets)
                {
                    Assert.True(objects.ContainsKey(target), $"{property.Name} of {Text(o, "id")} names {target}, not in the bundle");
                    Assert.Contains(target[..target.IndexOf("--", StringComparison.Ordinal)], allowed[property.Name]);
                }
            }
        }
    }

    [Fact]
    public void Check_OasisExamplePatternsAndBrokenOnes_GrammarTellsThemApart()
    {
        using var poisonivy = JsonDocument.Parse(File.ReadAllBytes(SharedData.Path("formats/stix21-schemas/examples/poisonivy.json")));
        var patterns = poisonivy.RootElement.GetProperty("objects").EnumerateArray().Where(o => Text(o, "type") == "indicator").Select(o => Text(o, "pattern")).ToList();

        Assert.Equal(25, patterns.Count);
        Assert.All(patterns, p => Assert.True(StixPatternGrammar.Check(p).Valid, p));
        Assert.False(StixPatternGrammar.Check("[domain-name:value = 'it's']").Valid);
        Assert.False(StixPatternGrammar.Check("[domain-name:value = 'a.fr'").Valid);
        Assert.False(StixPatternGrammar.Check("domain-name:value = 'a.fr'").Valid);
        Assert.True(StixPatternGrammar.Check(Exports.Stix.StixPattern.DomainName("it's\\odd")).Valid);
    }

    [Fact]
    public async Task WriteAsync_ExportedAgainAfterATriageChange_SameIdsAndALaterModified()
    {
        var before = Objects(await lab.ExportAsync(ExportFormat.Stix));
        lab.Clock.Set(ExportLab.Start.AddDays(3));
        await lab.Store.Triage.ChangeStateAsync(await lab.IdOfAsync("onedrive-en-marche.fr"), TriageState.ConfirmedPhishing, new Actor("alice"), "", CancellationToken.None);

        var after = Objects(await lab.ExportAsync(ExportFormat.Stix));

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var id = before.Values.Single(o => Text(o, "type") == "indicator" && Text(o, "pattern").Contains("onedrive", StringComparison.Ordinal)).GetProperty("id").GetString()!;
        Assert.Equal("2026-11-23T09:00:00.000Z", Text(after[id], "modified"));
        Assert.True(before[id].GetProperty("modified").GetDateTimeOffset() < after[id].GetProperty("modified").GetDateTimeOffset());
        Assert.Equal("indicator--", id[..11]);
    }

    private static Dictionary<string, JsonElement> Objects(string bundle) =>
        JsonDocument.Parse(bundle).RootElement.GetProperty("objects").EnumerateArray().ToDictionary(o => Text(o, "id"));

    private static string Text(JsonElement o, string property) => o.TryGetProperty(property, out var value) ? value.GetString() ?? "" : "";
}
