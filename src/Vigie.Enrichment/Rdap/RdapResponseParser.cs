using System.Globalization;
using System.Text.Json;

namespace Vigie.Enrichment.Rdap;

/// <summary>
/// Reads a domain object (RFC 9083 §5.3): events (registration, expiration), status, the entity with role
/// "registrar" (its jCard "fn", RFC 7095) and the abuse entity nested in it (ICANN's RDAP profile puts the abuse
/// e-mail there), the entity with role "registrant" (its jCard "org", else "fn"), and the name servers' ldhName.
/// </summary>
internal static class RdapResponseParser
{
    public static Registration Parse(string domain, string server, ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("objectClassName", out var kind) || kind.GetString() != "domain")
        {
            throw new FormatException("not an RDAP domain object");
        }

        var registrar = Entities(root).FirstOrDefault(e => HasRole(e, "registrar"));
        var registrant = Entities(root).FirstOrDefault(e => HasRole(e, "registrant"));
        var abuse = registrar.ValueKind == JsonValueKind.Object
            ? Entities(registrar).Concat(Entities(root)).FirstOrDefault(e => HasRole(e, "abuse"))
            : Entities(root).FirstOrDefault(e => HasRole(e, "abuse"));
        return new Registration
        {
            Domain = domain,
            Source = "rdap",
            Server = server,
            Registrar = registrar.ValueKind == JsonValueKind.Object ? VCard(registrar, "fn") : null,
            Created = Event(root, "registration"),
            Expires = Event(root, "expiration"),
            Statuses = Strings(root, "status"),
            AbuseEmail = abuse.ValueKind == JsonValueKind.Object ? VCard(abuse, "email") : null,
            NameServers = root.TryGetProperty("nameservers", out var ns) && ns.ValueKind == JsonValueKind.Array
                ? [.. ns.EnumerateArray().Select(n => n.TryGetProperty("ldhName", out var l) ? l.GetString()?.ToLowerInvariant() : null).OfType<string>()]
                : [],
            RegistrantOrganisation = registrant.ValueKind == JsonValueKind.Object ? VCard(registrant, "org") ?? VCard(registrant, "fn") : null,
        };
    }

    internal static IEnumerable<JsonElement> Entities(JsonElement owner) =>
        owner.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array
            ? entities.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    internal static bool HasRole(JsonElement entity, string role) =>
        Strings(entity, "roles").Contains(role, StringComparer.OrdinalIgnoreCase);

    private static List<string> Strings(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var values) && values.ValueKind == JsonValueKind.Array
            ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    private static DateTimeOffset? Event(JsonElement root, string action)
    {
        if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var e in events.EnumerateArray())
        {
            if (e.TryGetProperty("eventAction", out var a) && a.GetString() == action
                && e.TryGetProperty("eventDate", out var d)
                && DateTimeOffset.TryParse(d.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                return date.ToUniversalTime();
            }
        }

        return null;
    }

    /// <summary>
    /// A jCard property's text value: vcardArray is ["vcard", [[name, params, type, value], …]]; a structured value
    /// (an "org" with its units, RFC 7095 §3.3.1.3) gives its first component.
    /// </summary>
    internal static string? VCard(JsonElement entity, string property)
    {
        if (!entity.TryGetProperty("vcardArray", out var card) || card.ValueKind != JsonValueKind.Array || card.GetArrayLength() < 2
            || card[1].ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var item in card[1].EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Array && item.GetArrayLength() >= 4 && item[0].GetString() == property)
            {
                var value = item[3].ValueKind == JsonValueKind.Array && item[3].GetArrayLength() > 0 ? item[3][0] : item[3];
                if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                {
                    return text;
                }
            }
        }

        return null;
    }
}
