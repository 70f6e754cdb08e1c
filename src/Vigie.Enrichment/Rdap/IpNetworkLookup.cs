using System.Net;
using System.Text.Json;

namespace Vigie.Enrichment.Rdap;

/// <summary>
/// RDAP for an IP address (RFC 9082 §3.1.1: "ip/ADDRESS" on the server the bootstrap names): the hosting network and
/// its abuse contact, the entity with role "abuse" at the top or nested under the registrant, as the regional registries publish it.
/// </summary>
internal sealed class IpNetworkLookup(RdapIpBootstrap? bootstrap, IRdapTransport rdap)
{
    public async Task<(HostingNetwork? Network, string? Error)> LookupAsync(IPAddress address, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        foreach (var server in bootstrap?.ServersFor(address) ?? [])
        {
            var url = new Uri(server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/"), $"ip/{address}");
            try
            {
                var (status, body) = await rdap.GetAsync(url, cancellationToken);
                if (status == 200)
                {
                    return (Parse(address, server.Host, body), null);
                }

                errors.Add($"RDAP {server.Host}: HTTP {status}");
            }
            catch (Exception e) when (e is HttpRequestException or FormatException or JsonException or TaskCanceledException)
            {
                errors.Add($"RDAP {server.Host}: {e.Message}");
            }
        }

        return (null, errors.Count > 0 ? string.Join("; ", errors) : $"no RDAP server for {address} in the IP bootstrap files");
    }

    private static HostingNetwork Parse(IPAddress address, string server, byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("objectClassName", out var kind) || kind.GetString() != "ip network")
        {
            throw new FormatException("not an RDAP ip network object");
        }

        var abuse = RdapResponseParser.Entities(root)
            .SelectMany(e => RdapResponseParser.Entities(e).Prepend(e))
            .FirstOrDefault(e => RdapResponseParser.HasRole(e, "abuse"));
        var range = Text(root, "startAddress") is { } start && Text(root, "endAddress") is { } end ? $"{start} - {end}" : null;
        return new HostingNetwork(address.ToString(), server, Text(root, "name"), Text(root, "handle"), range,
            abuse.ValueKind == JsonValueKind.Object ? RdapResponseParser.VCard(abuse, "email") : null);
    }

    private static string? Text(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
