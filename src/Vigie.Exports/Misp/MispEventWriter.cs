using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigie.Exports.Misp;

/// <summary>
/// One finding as a MISP event ({"Event": …}, MISP core format §2), laid out as a MISP server writes one: ids, counts,
/// timestamps, distribution, analysis and threat level as strings, an Org and Orgc, Tag and Attribute lists. Only
/// fields of the format's JSON Schema are written (every definition there refuses others). Distribution is 0 (this
/// organisation only) for the event and 5 (as the event) for its attributes: what to share further is a MISP user's choice.
/// </summary>
internal static class MispEventWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(ExportedFinding item, byte[]? screenshot, Stream output, CancellationToken cancellationToken)
    {
        var uuid = MispEventContent.EventUuid(item).ToString();
        var timestamp = Unix(MispEventContent.Modified(item.Finding));
        var attributes = MispEventContent.Attributes(item, screenshot);
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteStartObject("Event");
        json.WriteString("uuid", uuid);
        json.WriteString("info", MispEventContent.Info(item));
        json.WriteString("date", item.Finding.FirstSeen.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("threat_level_id", Text(MispEventContent.ThreatLevel(item.Finding)));
        json.WriteString("analysis", Text(MispEventContent.Analysis(item.Finding)));
        json.WriteString("distribution", "0");
        json.WriteBoolean("published", false);
        json.WriteString("timestamp", timestamp);
        json.WriteString("publish_timestamp", "0");
        json.WriteString("attribute_count", Text(attributes.Count));
        foreach (var owner in new[] { "Org", "Orgc" })
        {
            json.WriteStartObject(owner);
            json.WriteString("name", item.Organisation.Name);
            json.WriteString("uuid", MispEventContent.OrganisationUuid(item).ToString());
            json.WriteEndObject();
        }

        json.WriteStartArray("Tag");
        foreach (var tag in MispEventContent.Tags(item))
        {
            json.WriteStartObject();
            json.WriteString("name", tag);
            json.WriteString("colour", Colour(tag));
            json.WriteBoolean("exportable", true);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("Attribute");
        foreach (var attribute in attributes)
        {
            json.WriteStartObject();
            json.WriteString("uuid", AttributeUuid(uuid, attribute).ToString());
            json.WriteString("type", attribute.Type);
            json.WriteString("category", attribute.Category);
            json.WriteString("value", attribute.Value);
            json.WriteBoolean("to_ids", attribute.ToIds);
            json.WriteString("comment", attribute.Comment);
            json.WriteString("distribution", "5");
            json.WriteString("timestamp", timestamp);
            json.WriteBoolean("deleted", false);
            json.WriteBoolean("disable_correlation", false);
            if (attribute.Data is { } data)
            {
                json.WriteBase64String("data", data);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    public static Guid AttributeUuid(string eventUuid, MispAttribute attribute) =>
        Uuid5.Create(Uuid5.Vigie, $"misp-attribute/{eventUuid}/{attribute.Type}/{attribute.Value}");

    public static string Unix(DateTimeOffset time) => Text(time.ToUnixTimeSeconds());

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The colours MISP's taxonomies give these tags (TLP's amber), else a neutral one.</summary>
    private static string Colour(string tag) => tag switch
    {
        "tlp:amber" => "#FFC000",
        _ when tag.StartsWith("rsit:", StringComparison.Ordinal) => "#ff0000",
        _ => "#0088cc",
    };
}
