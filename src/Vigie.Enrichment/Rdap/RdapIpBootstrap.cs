using System.Net;
using System.Text.Json;

namespace Vigie.Enrichment.Rdap;

/// <summary>
/// IANA's RDAP bootstrap registries for IP addresses (RFC 9224 §5: ipv4.json and ipv6.json): which regional registry's
/// RDAP server answers for which prefix. Like the domain file, never carried in the program: the operator keeps a copy.
/// </summary>
internal sealed class RdapIpBootstrap
{
    private readonly List<(IPNetwork Network, IReadOnlyList<Uri> Servers)> entries;

    private RdapIpBootstrap(List<(IPNetwork, IReadOnlyList<Uri>)> entries) => this.entries = entries;

    public int Count => entries.Count;

    /// <summary>Parses one or more files (ipv4.json, ipv6.json) into one lookup.</summary>
    public static RdapIpBootstrap Parse(IEnumerable<byte[]> files)
    {
        var entries = new List<(IPNetwork, IReadOnlyList<Uri>)>();
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(file);
            if (!document.RootElement.TryGetProperty("services", out var services) || services.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("not an RDAP bootstrap file (no \"services\" array)");
            }

            foreach (var service in services.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Array && s.GetArrayLength() >= 2))
            {
                // RFC 9224 §3: HTTPS is preferred when a service lists both.
                IReadOnlyList<Uri> urls = [.. service[1].EnumerateArray()
                    .Select(u => Uri.TryCreate(u.GetString(), UriKind.Absolute, out var url) ? url : null)
                    .OfType<Uri>()
                    .OrderBy(u => u.Scheme == Uri.UriSchemeHttps ? 0 : 1)];
                foreach (var prefix in service[0].EnumerateArray())
                {
                    if (IPNetwork.TryParse(prefix.GetString(), out var network))
                    {
                        entries.Add((network, urls));
                    }
                }
            }
        }

        return new RdapIpBootstrap(entries);
    }

    /// <summary>The servers of the longest prefix holding <paramref name="address"/> (RFC 9224 §5).</summary>
    public IReadOnlyList<Uri> ServersFor(IPAddress address) =>
        entries.Where(e => e.Network.Contains(address)).OrderByDescending(e => e.Network.PrefixLength).Select(e => e.Servers).FirstOrDefault() ?? [];
}
