using Vigie.Core.Domains;
using Vigie.Enrichment.Dns;

namespace Vigie.Web.Pipeline.Investigation;

/// <summary>
/// The cheap DNS picture of a finding for re-checks: its A, AAAA and MX records and the NS of its registrable domain,
/// sorted into one comparable line ("A 192.0.2.1; AAAA; MX 10 mx.example.; NS ns1.example."), or
/// <see cref="NxDomain"/>. Null when a query failed or timed out: nothing can be concluded from it (RFC 8020 makes
/// only NXDOMAIN final).
/// </summary>
internal static class DnsAnswer
{
    public const string NxDomain = "NXDOMAIN";

    public static async Task<string?> QueryAsync(IDnsResolver dns, string name, CancellationToken cancellationToken)
    {
        var registrable = DomainName.TryParse(name, out var domain, out _) ? domain!.RegistrableDomain : name;
        var lookups = await Task.WhenAll(
            dns.QueryAsync(name, DnsRecordType.A, cancellationToken).AsTask(),
            dns.QueryAsync(name, DnsRecordType.AAAA, cancellationToken).AsTask(),
            dns.QueryAsync(name, DnsRecordType.MX, cancellationToken).AsTask(),
            dns.QueryAsync(registrable, DnsRecordType.NS, cancellationToken).AsTask());
        if (lookups[0].IsNameError)
        {
            return NxDomain;
        }

        if (lookups.Any(l => !l.IsNoError && !l.IsNameError))
        {
            return null;
        }

        string Records(DnsLookup lookup, DnsRecordType type) =>
            string.Join(' ', new[] { type.ToString() }.Concat(lookup.DataOf(type).Select(d => d.ToLowerInvariant()).Order(StringComparer.Ordinal)));
        return string.Join("; ", Records(lookups[0], DnsRecordType.A), Records(lookups[1], DnsRecordType.AAAA), Records(lookups[2], DnsRecordType.MX), Records(lookups[3], DnsRecordType.NS));
    }
}
