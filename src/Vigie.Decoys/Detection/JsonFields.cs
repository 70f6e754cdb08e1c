using System.Globalization;
using System.Text.Json;

namespace Vigie.Decoys.Detection;

/// <summary>Reads a value at a dotted path (client.userAgent.rawUserAgent) of a JSON object as text, whatever its JSON type.</summary>
internal static class JsonFields
{
    public static string? Text(JsonElement element, string? path)
    {
        if (path is null)
        {
            return null;
        }

        var current = element;
        foreach (var name in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Number => current.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    public static JsonElement? Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) ? child : null;

    /// <summary>The elements of an array, or the element itself.</summary>
    public static IEnumerable<JsonElement> Each(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : [element];

    /// <summary>Parses a record, or null when it is not JSON (a torn line, a comment): such a record is skipped, never fatal.</summary>
    public static JsonDocument? TryParse(string record)
    {
        try
        {
            return JsonDocument.Parse(record, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Code(long code) => code.ToString(CultureInfo.InvariantCulture);
}
