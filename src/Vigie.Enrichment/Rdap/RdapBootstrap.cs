using System.Text.Json;

namespace Vigie.Enrichment.Rdap;

/// <summary>
/// IANA's RDAP bootstrap registry for domain names (RFC 9224): which RDAP servers answer for which TLD. Vigie does
/// not carry a copy: <see cref="RdapBootstrapFile"/> downloads it in production, so no registry's address is
/// written into the program (they change; IANA's file is the authority).
/// </summary>
internal sealed class RdapBootstrap
{
    private readonly Dictionary<string, IReadOnlyList<Uri>> byLabel;

    private RdapBootstrap(Dictionary<string, IReadOnlyList<Uri>> byLabel, string publication)
    {
        this.byLabel = byLabel;
        Publication = publication;
    }

    public string Publication { get; }

    public int Count => byLabel.Count;

    /// <summary>Parses the JSON of RFC 9224 §4: "services" is a list of [[labels…], [base URLs…]].</summary>
    public static RdapBootstrap Parse(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        if (!root.TryGetProperty("services", out var services) || services.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("not an RDAP bootstrap file (no \"services\" array)");
        }

        var map = new Dictionary<string, IReadOnlyList<Uri>>(StringComparer.OrdinalIgnoreCase);
        foreach (var service in services.EnumerateArray())
        {
            if (service.ValueKind != JsonValueKind.Array || service.GetArrayLength() < 2)
            {
                continue;
            }

            // RFC 9224 §3: HTTPS is preferred when a service lists both.
            var urls = service[1].EnumerateArray()
                .Select(u => Uri.TryCreate(u.GetString(), UriKind.Absolute, out var url) ? url : null)
                .OfType<Uri>()
                .OrderBy(u => u.Scheme == Uri.UriSchemeHttps ? 0 : 1)
                .ToList();
            foreach (var label in service[0].EnumerateArray())
            {
                if (label.GetString() is { Length: > 0 } entry)
                {
                    map[entry.TrimEnd('.')] = urls;
                }
            }
        }

        var publication = root.TryGetProperty("publication", out var p) ? p.GetString() ?? "" : "";
        return new RdapBootstrap(map, publication);
    }

    /// <summary>The servers for <paramref name="domain"/>: the entry matching the most labels at its end (RFC 9224 §4).</summary>
    public IReadOnlyList<Uri> ServersFor(string domain)
    {
        var labels = domain.TrimEnd('.').Split('.');
        for (var i = 0; i < labels.Length; i++)
        {
            if (byLabel.TryGetValue(string.Join('.', labels[i..]), out var urls))
            {
                return urls;
            }
        }

        return [];
    }
}
