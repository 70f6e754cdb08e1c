using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigie.Storage.Evidence;

namespace Vigie.Exports.Misp;

/// <summary>
/// A MISP feed (MISP core format §4; the layout of MISP's own feed generator): one &lt;uuid&gt;.json event per
/// finding, manifest.json keyed by event uuid with each event's Orgc, Tag, info, date, analysis, threat level and
/// timestamp (what MISP reads to fetch only changed events), and hashes.csv, "md5 of a value,event uuid" per attribute
/// (what MISP reads to correlate a feed without fetching it). The screenshot comes from the evidence store when it has it.
/// </summary>
internal sealed class MispFeed(EvidenceStore? evidence)
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the feed into <paramref name="folder"/> (created if missing); returns the number of events.</summary>
    public async Task<int> WriteFolderAsync(IAsyncEnumerable<ExportedFinding> findings, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        await using var manifestFile = File.Create(Path.Combine(folder, "manifest.json"));
        await using var hashesFile = new StreamWriter(Path.Combine(folder, "hashes.csv"), append: false, new UTF8Encoding(false));
        await using var manifest = new Utf8JsonWriter(manifestFile, Options);
        manifest.WriteStartObject();
        var events = 0;
        await foreach (var item in findings.WithCancellation(cancellationToken))
        {
            var screenshot = await ScreenshotAsync(item, cancellationToken);
            var uuid = MispEventContent.EventUuid(item);
            await using (var file = File.Create(Path.Combine(folder, $"{uuid}.json")))
            {
                await MispEventWriter.WriteAsync(item, screenshot, file, cancellationToken);
            }

            WriteManifestEntry(manifest, item);
            await hashesFile.WriteAsync(Hashes(item, screenshot));
            events++;
        }

        manifest.WriteEndObject();
        await manifest.FlushAsync(cancellationToken);
        return events;
    }

    public async Task WriteManifestAsync(IAsyncEnumerable<ExportedFinding> findings, Stream output, CancellationToken cancellationToken)
    {
        await using var manifest = new Utf8JsonWriter(output, Options);
        manifest.WriteStartObject();
        await foreach (var item in findings.WithCancellation(cancellationToken))
        {
            WriteManifestEntry(manifest, item);
            if (manifest.BytesPending > 64 * 1024)
            {
                await manifest.FlushAsync(cancellationToken);
            }
        }

        manifest.WriteEndObject();
        await manifest.FlushAsync(cancellationToken);
    }

    public async Task WriteHashesAsync(IAsyncEnumerable<ExportedFinding> findings, Stream output, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await foreach (var item in findings.WithCancellation(cancellationToken))
        {
            await text.WriteAsync(Hashes(item, await ScreenshotAsync(item, cancellationToken)));
        }

        await text.FlushAsync(cancellationToken);
    }

    /// <summary>The event whose uuid is <paramref name="uuid"/>; false when no finding of the export has it.</summary>
    public async Task<bool> WriteEventAsync(IAsyncEnumerable<ExportedFinding> findings, Guid uuid, Stream output, CancellationToken cancellationToken)
    {
        await foreach (var item in findings.WithCancellation(cancellationToken))
        {
            if (MispEventContent.EventUuid(item) == uuid)
            {
                await MispEventWriter.WriteAsync(item, await ScreenshotAsync(item, cancellationToken), output, cancellationToken);
                return true;
            }
        }

        return false;
    }

    private async Task<byte[]?> ScreenshotAsync(ExportedFinding item, CancellationToken cancellationToken) =>
        evidence is not null && item.Finding.ScreenshotSha256 is { } sha ? await evidence.ReadObjectAsync(sha, cancellationToken) : null;

    private static void WriteManifestEntry(Utf8JsonWriter manifest, ExportedFinding item)
    {
        manifest.WriteStartObject(MispEventContent.EventUuid(item).ToString());
        manifest.WriteStartObject("Orgc");
        manifest.WriteString("name", item.Organisation.Name);
        manifest.WriteString("uuid", MispEventContent.OrganisationUuid(item).ToString());
        manifest.WriteEndObject();
        manifest.WriteStartArray("Tag");
        foreach (var tag in MispEventContent.Tags(item))
        {
            manifest.WriteStartObject();
            manifest.WriteString("name", tag);
            manifest.WriteEndObject();
        }

        manifest.WriteEndArray();
        manifest.WriteString("info", MispEventContent.Info(item));
        manifest.WriteString("date", item.Finding.FirstSeen.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        manifest.WriteNumber("analysis", MispEventContent.Analysis(item.Finding));
        manifest.WriteNumber("threat_level_id", MispEventContent.ThreatLevel(item.Finding));
        manifest.WriteNumber("timestamp", MispEventContent.Modified(item.Finding).ToUnixTimeSeconds());
        manifest.WriteEndObject();
    }

    private static string Hashes(ExportedFinding item, byte[]? screenshot)
    {
        var uuid = MispEventContent.EventUuid(item);
        var lines = new StringBuilder();
        foreach (var attribute in MispEventContent.Attributes(item, screenshot))
        {
            // MD5 is what MISP's feed cache compares; it identifies values, it protects nothing.
#pragma warning disable CA5351
            lines.Append(Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(attribute.Value)))).Append(',').Append(uuid).Append('\n');
#pragma warning restore CA5351
        }

        return lines.ToString();
    }
}
