using Vigie.Enrichment.Rdap;

namespace Vigie.Exports.Takedowns;

/// <summary>
/// The RDAP lookups of a takedown from IANA's bootstrap files kept in one folder (dns.json as `vigie investigate`
/// keeps it, ipv4.json and ipv6.json beside it); a missing file leaves those contacts unfound, and the report says so.
/// </summary>
internal static class TakedownRdap
{
    public static async Task<AbuseContactFinder> CreateAsync(string folder, IRdapTransport transport, CancellationToken cancellationToken)
    {
        var domains = await RdapBootstrapFile.LoadAsync(Path.Combine(folder, "dns.json"), cancellationToken);
        var ipFiles = new List<byte[]>();
        foreach (var file in new[] { "ipv4.json", "ipv6.json" }.Select(f => Path.Combine(folder, f)).Where(File.Exists))
        {
            ipFiles.Add(await File.ReadAllBytesAsync(file, cancellationToken));
        }

        return new AbuseContactFinder(
            new RegistrationLookup(domains, transport, new TcpWhoisTransport(TimeSpan.FromSeconds(15), TimeProvider.System), null),
            new IpNetworkLookup(ipFiles.Count == 0 ? null : RdapIpBootstrap.Parse(ipFiles), transport));
    }
}
