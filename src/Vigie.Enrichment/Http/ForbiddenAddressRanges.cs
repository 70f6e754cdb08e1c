using System.Net;

namespace Vigie.Enrichment.Http;

/// <summary>
/// The special-purpose ranges of the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890)
/// that an investigation must never reach, and the cloud metadata endpoints.
/// </summary>
internal static class ForbiddenAddressRanges
{
    /// <summary>
    /// Instance metadata services hand out credentials to whoever asks from inside the cloud:
    /// AWS/GCP/Azure/OpenStack 169.254.169.254, AWS ECS 169.254.170.2, AWS IPv6 fd00:ec2::254,
    /// Alibaba 100.100.100.200, Azure's wire server 168.63.129.16 (a public address, so listed by name).
    /// </summary>
    public static IReadOnlySet<IPAddress> Metadata { get; } = new HashSet<IPAddress>
    {
        IPAddress.Parse("169.254.169.254"),
        IPAddress.Parse("169.254.170.2"),
        IPAddress.Parse("168.63.129.16"),
        IPAddress.Parse("100.100.100.200"),
        IPAddress.Parse("fd00:ec2::254"),
    };

    public static IReadOnlyList<(IPNetwork Network, string Reason)> IPv4 { get; } =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "an unspecified address (RFC 1122)"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private address (RFC 1918)"),
        (IPNetwork.Parse("100.64.0.0/10"), "a carrier-grade NAT address (RFC 6598)"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address (RFC 3927)"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private address (RFC 1918)"),
        (IPNetwork.Parse("192.0.0.0/24"), "an IETF protocol address (RFC 6890)"),
        (IPNetwork.Parse("192.0.2.0/24"), "a documentation address (RFC 5737)"),
        (IPNetwork.Parse("192.88.99.0/24"), "a 6to4 relay address (RFC 7526)"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private address (RFC 1918)"),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address (RFC 2544)"),
        (IPNetwork.Parse("198.51.100.0/24"), "a documentation address (RFC 5737)"),
        (IPNetwork.Parse("203.0.113.0/24"), "a documentation address (RFC 5737)"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved or broadcast address (RFC 1112)"),
    ];

    public static IReadOnlyList<(IPNetwork Network, string Reason)> IPv6 { get; } =
    [
        (IPNetwork.Parse("::/128"), "the unspecified address"),
        (IPNetwork.Parse("::/96"), "an IPv4-compatible address (deprecated, RFC 4291)"),
        (IPNetwork.Parse("100::/64"), "a discard-only address (RFC 6666)"),
        (IPNetwork.Parse("2001::/32"), "a Teredo address (RFC 4380)"),
        (IPNetwork.Parse("2001:db8::/32"), "a documentation address (RFC 3849)"),
        (IPNetwork.Parse("fc00::/7"), "a unique local (private) address (RFC 4193)"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), "a site-local address (deprecated, RFC 3879)"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    public static IPNetwork Nat64 { get; } = IPNetwork.Parse("64:ff9b::/96");

    public static IPNetwork SixToFour { get; } = IPNetwork.Parse("2002::/16");
}
