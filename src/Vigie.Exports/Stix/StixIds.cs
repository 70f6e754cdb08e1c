using System.Text;

namespace Vigie.Exports.Stix;

/// <summary>
/// Deterministic STIX ids. Domain objects (identity, indicator, observed-data, relationship) are named in Vigie's
/// namespace after what they describe; cyber observables follow STIX 2.1 §2.9: UUIDv5 in the STIX namespace over the
/// canonical JSON (RFC 8785) of their id-contributing properties, which for domain-name, ipv4-addr, ipv6-addr and
/// url is "value" alone (§6), so another producer that sees the same name gives it the same id.
/// </summary>
internal static class StixIds
{
    public static string Identity(string organisationSlug) => Sdo("identity", $"organisation/{organisationSlug}");

    public static string Indicator(string organisationSlug, string name) => Sdo("indicator", $"finding/{organisationSlug}/{name}");

    public static string ObservedData(string organisationSlug, string name) => Sdo("observed-data", $"finding/{organisationSlug}/{name}");

    public static string Relationship(string type, string source, string target) => Sdo("relationship", $"{type}/{source}/{target}");

    public static string Observable(string type, string value) =>
        $"{type}--{Uuid5.Create(Uuid5.StixObservables, "{\"value\":" + CanonicalString(value) + "}")}";

    private static string Sdo(string type, string name) => $"{type}--{Uuid5.Create(Uuid5.Vigie, type + "/" + name)}";

    /// <summary>RFC 8785 §3.2.2.2: a string as ECMAScript serialises it (only '"', '\' and control characters escaped).</summary>
    private static string CanonicalString(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
