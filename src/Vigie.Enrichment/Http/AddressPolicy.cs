using System.Net;
using System.Net.Sockets;

namespace Vigie.Enrichment.Http;

/// <summary>
/// Which addresses an investigation may connect to. A lookalike domain is attacker-controlled, so its DNS
/// can point at our own network (SSRF): everything that is not a public unicast address is refused.
/// <see cref="AllowLoopback"/> opens 127.0.0.0/8 and ::1 only (tests, a local lab); link-local, private,
/// CGNAT and cloud-metadata addresses stay refused whatever the configuration.
/// </summary>
internal sealed record AddressPolicy(bool AllowLoopback = false)
{
    public static AddressPolicy PublicOnly { get; } = new();

    /// <summary>Why <paramref name="address"/> is refused, or null when it may be contacted.</summary>
    public string? Refusal(IPAddress address)
    {
        var embedded = EmbeddedIPv4(address);
        if (embedded is not null)
        {
            // An IPv4 address reached through IPv6 (::ffff:a.b.c.d, NAT64 64:ff9b::/96 of RFC 6052,
            // 6to4 2002::/16 of RFC 3056) is judged as the IPv4 address it leads to.
            return Refusal(embedded);
        }

        if (ForbiddenAddressRanges.Metadata.Contains(address))
        {
            return $"{address} is a cloud metadata address";
        }

        if (IPAddress.IsLoopback(address))
        {
            return AllowLoopback ? null : $"{address} is a loopback address";
        }

        foreach (var (network, reason) in address.AddressFamily == AddressFamily.InterNetwork
                     ? ForbiddenAddressRanges.IPv4
                     : ForbiddenAddressRanges.IPv6)
        {
            if (network.Contains(address))
            {
                return $"{address} is {reason}";
            }
        }

        return null;
    }

    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (ForbiddenAddressRanges.Nat64.Contains(address))
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        return ForbiddenAddressRanges.SixToFour.Contains(address) ? new IPAddress(bytes.AsSpan(2, 4)) : null;
    }
}
