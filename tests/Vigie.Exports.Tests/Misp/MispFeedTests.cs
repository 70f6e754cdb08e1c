using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigie.Exports.Misp;
using Vigie.Exports.Tests.Support;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.TestSupport;

namespace Vigie.Exports.Tests.Misp;

public sealed class MispFeedTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private ExportLab lab = null!;
    private EvidenceStore evidence = null!;
    private byte[] png = null!;

    public async Task InitializeAsync()
    {
        lab = await ExportLab.OpenAsync();
        evidence = new EvidenceStore(folder.File("evidence"), lab.Clock);
        png = [0x89, .. "PNG\r\n\u001a\n"u8, .. "lab screenshot"u8];
        var screenshot = await evidence.PutAsync("screenshot", "image/png", png, "https://login.en-rnarche.fr/signin", CancellationToken.None);
        await lab.Store.Observations.AddAsync(await lab.IdOfAsync("en-rnarche.fr"),
            new ObservationDraft(ObservationKind.Screenshot, ExportLab.Start.AddMinutes(7), "screenshot", "{}", [screenshot]), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await lab.DisposeAsync();
        folder.Dispose();
    }

    [Theory]
    [InlineData("misp_event.json", true)]
    [InlineData("def_param.json", true)]
    [InlineData("long_event.json", true)]
    [InlineData("existing_event.json", false)]
    public void Validate_RealMispEvents_PassOrFailAsTheFormatsReadmeSays(string file, bool passes) =>
        Assert.Equal(passes, MispSchema.Validate(MispSchema.RealEvent(file)).Count == 0);

    [Fact]
    public async Task WriteFolderAsync_LabFindings_EveryEventPassesTheSchema()
    {
        var feed = await WriteFeedAsync();

        var events = Directory.GetFiles(feed, "*-*.json");
        Assert.Equal(4, events.Length);
        Assert.All(events, e => Assert.Empty(MispSchema.Validate(File.ReadAllText(e))));
    }

    [Fact]
    public async Task WriteFolderAsync_LabFindings_EventsHaveTheLayoutOfRealEvents()
    {
        var feed = await WriteFeedAsync();
        // A real CIRCL server's output: every field a server writes, with the JSON kinds it writes them in.
        using var real = JsonDocument.Parse(MispSchema.RealEvent("existing_event.json"));
        var realEvent = real.RootElement.GetProperty("Event");
        var realAttribute = realEvent.GetProperty("Attribute")[0];
        var realTag = realEvent.GetProperty("Tag")[0];

        foreach (var file in Directory.GetFiles(feed, "*-*.json"))
        {
            using var ours = JsonDocument.Parse(File.ReadAllBytes(file));
            var theEvent = ours.RootElement.GetProperty("Event");
            AssertSameKinds(realEvent, theEvent);
            AssertSameKinds(realEvent.GetProperty("Orgc"), theEvent.GetProperty("Orgc"));
            foreach (var tag in theEvent.GetProperty("Tag").EnumerateArray())
            {
                AssertSameKinds(realTag, tag);
            }

            // "data" is only on attachments (MISP core format §2.3.1), which this event has none of.
            foreach (var attribute in theEvent.GetProperty("Attribute").EnumerateArray())
            {
                AssertSameKinds(realAttribute, attribute, "data");
            }
        }
    }

    [Fact]
    public async Task WriteFolderAsync_ConfirmedPhishing_ActionableNameAndUrlsAddressesNotAndTheScreenshotAttached()
    {
        var feed = await WriteFeedAsync();
        var uuid = Uuid5.Create(Uuid5.Vigie, "misp-event/en-marche/en-rnarche.fr");

        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(feed, $"{uuid}.json")));
        var attributes = document.RootElement.GetProperty("Event").GetProperty("Attribute").EnumerateArray()
            .ToDictionary(a => $"{a.GetProperty("type").GetString()} {a.GetProperty("value").GetString()}");
        Assert.True(attributes["domain en-rnarche.fr"].GetProperty("to_ids").GetBoolean());
        Assert.True(attributes["hostname login.en-rnarche.fr"].GetProperty("to_ids").GetBoolean());
        Assert.True(attributes["url https://login.en-rnarche.fr/signin"].GetProperty("to_ids").GetBoolean());
        Assert.False(attributes["ip-dst 192.0.2.10"].GetProperty("to_ids").GetBoolean());
        Assert.False(attributes["ip-dst 2001:db8::10"].GetProperty("to_ids").GetBoolean());
        Assert.Equal(png, attributes["attachment en-rnarche.fr-screenshot.png"].GetProperty("data").GetBytesFromBase64());
        Assert.Contains(document.RootElement.GetProperty("Event").GetProperty("Tag").EnumerateArray(), t => t.GetProperty("name").GetString() == "tlp:amber");

        var onedrive = Uuid5.Create(Uuid5.Vigie, "misp-event/en-marche/onedrive-en-marche.fr");
        using var unconfirmed = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(feed, $"{onedrive}.json")));
        Assert.All(unconfirmed.RootElement.GetProperty("Event").GetProperty("Attribute").EnumerateArray(), a => Assert.False(a.GetProperty("to_ids").GetBoolean()));
    }

    [Fact]
    public async Task WriteFolderAsync_LabFindings_ManifestAndHashesNameEveryEvent()
    {
        var feed = await WriteFeedAsync();

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(feed, "manifest.json")));
        var entries = manifest.RootElement.EnumerateObject().ToList();
        Assert.Equal(Directory.GetFiles(feed, "*-*.json").Select(Path.GetFileNameWithoutExtension).Order(), entries.Select(e => e.Name).Order());
        foreach (var entry in entries)
        {
            using var theEvent = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(feed, entry.Name + ".json")));
            var body = theEvent.RootElement.GetProperty("Event");
            Assert.Equal(entry.Name, body.GetProperty("uuid").GetString());
            Assert.Equal(body.GetProperty("info").GetString(), entry.Value.GetProperty("info").GetString());
            Assert.Equal(long.Parse(body.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture), entry.Value.GetProperty("timestamp").GetInt64());
            var hashes = File.ReadAllLines(Path.Combine(feed, "hashes.csv")).Where(l => l.EndsWith("," + entry.Name, StringComparison.Ordinal)).Select(l => l[..32]).Order();
            Assert.Equal(body.GetProperty("Attribute").EnumerateArray().Select(a => Md5(a.GetProperty("value").GetString()!)).Order(), hashes);
        }
    }

    [SkippableFact]
    public async Task WriteFolderAsync_LabFindings_ManifestEntriesHaveTheFieldsOfARealFeed()
    {
        var feed = await WriteFeedAsync();
        var realPath = SharedData.Path("formats/misp/feed/manifest.json");
        Skip.IfNot(File.Exists(realPath), $"{realPath} is absent (AGPL-3.0: it stays in ../shared/data)");

        using var real = JsonDocument.Parse(File.ReadAllBytes(realPath));
        using var ours = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(feed, "manifest.json")));
        var realEntry = real.RootElement.EnumerateObject().First().Value;
        foreach (var entry in ours.RootElement.EnumerateObject())
        {
            Assert.Equal(realEntry.EnumerateObject().Select(p => $"{p.Name}:{p.Value.ValueKind}").Order(), entry.Value.EnumerateObject().Select(p => $"{p.Name}:{p.Value.ValueKind}").Order());
        }
    }

    private async Task<string> WriteFeedAsync()
    {
        var exporter = new Exporter(lab.Store, evidence, lab.Clock);
        var selection = await exporter.SelectAsync(new ExportFilter(), CancellationToken.None);
        var feed = folder.File("feed");
        await new MispFeed(evidence).WriteFolderAsync(exporter.ReadAsync(selection, CancellationToken.None), feed, CancellationToken.None);
        return feed;
    }

    /// <summary>Every property of <paramref name="ours"/> exists in the real one with the same JSON kind (strings for ids, counts and times).</summary>
    private static void AssertSameKinds(JsonElement real, JsonElement ours, params string[] skipped)
    {
        foreach (var property in ours.EnumerateObject().Where(p => !skipped.Contains(p.Name)))
        {
            Assert.True(real.TryGetProperty(property.Name, out var value), $"real MISP events have no '{property.Name}'");
            Assert.True(Kind(value) == Kind(property.Value), $"'{property.Name}': ours is {property.Value.ValueKind}, real events' {value.ValueKind}");
        }
    }

    private static string Kind(JsonElement value) => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? "boolean" : value.ValueKind.ToString();

#pragma warning disable CA5351 // what MISP's hashes.csv holds
    private static string Md5(string value) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(value)));
#pragma warning restore CA5351
}
