using System.Globalization;

namespace Vigie.Enrichment.Rdap;

/// <summary>
/// Reads the "Key: value" lines most registries print (ICANN's 2013 RAA WHOIS specification for gTLDs; ccTLDs
/// vary, hence the alternative keys). Only a fallback for TLDs without an RDAP server.
/// </summary>
internal static class WhoisParser
{
    public static Registration Parse(string domain, string server, string text)
    {
        var fields = new List<(string Key, string Value)>();
        foreach (var line in text.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !line.TrimStart().StartsWith('%') && !line.TrimStart().StartsWith('#'))
            {
                fields.Add((line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim()));
            }
        }

        string? First(params string[] keys) => fields.FirstOrDefault(f => keys.Contains(f.Key) && f.Value.Length > 0).Value;
        List<string> All(params string[] keys) => [.. fields.Where(f => keys.Contains(f.Key) && f.Value.Length > 0).Select(f => f.Value)];
        return new Registration
        {
            Domain = domain,
            Source = "whois",
            Server = server,
            Registrar = First("registrar", "registrar name", "sponsoring registrar"),
            Created = Date(First("creation date", "created", "registered", "registration time")),
            Expires = Date(First("registry expiry date", "registrar registration expiration date", "expiry date", "expires", "paid-till")),
            Statuses = [.. All("domain status", "status").Select(s => s.Split(' ')[0])],
            AbuseEmail = First("registrar abuse contact email", "abuse-mailbox"),
            NameServers = [.. All("name server", "nserver").Select(n => n.Split(' ')[0].ToLowerInvariant())],
            RegistrantOrganisation = First("registrant organization", "registrant organisation"),
        };
    }

    /// <summary>The "refer:" or "whois:" line of a referral (IANA's answer names the TLD's WHOIS server).</summary>
    public static string? Referral(string text) =>
        text.Split('\n').Select(l => l.Trim())
            .Where(l => l.StartsWith("refer:", StringComparison.OrdinalIgnoreCase) || l.StartsWith("whois:", StringComparison.OrdinalIgnoreCase))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault(v => v.Length > 0);

    private static DateTimeOffset? Date(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUniversalTime()
            : null;
}
