namespace Vigie.Exports.Stix;

/// <summary>STIX patterns (STIX 2.1 §9): a comparison of a domain name, its string literal quoted and escaped (§9.2: \' and \\).</summary>
internal static class StixPattern
{
    public static string DomainName(string name) => $"[domain-name:value = '{Escape(name)}']";

    public static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);
}
