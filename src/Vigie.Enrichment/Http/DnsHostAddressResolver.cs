using System.Net;
using Vigie.Enrichment.Dns;

namespace Vigie.Enrichment.Http;

/// <summary>
/// The connect guard's A/AAAA look-up through the project's own stub resolver (Dns/), so that an investigation
/// with --nameserver asks that server, and the address checked is the one just received.
/// </summary>
internal sealed class DnsHostAddressResolver(IDnsResolver resolver) : IHostAddressResolver
{
    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var a = resolver.QueryAsync(host, DnsRecordType.A, cancellationToken).AsTask();
        var aaaa = resolver.QueryAsync(host, DnsRecordType.AAAA, cancellationToken).AsTask();
        var answers = await Task.WhenAll(a, aaaa);
        return [.. answers[0].DataOf(DnsRecordType.A).Concat(answers[1].DataOf(DnsRecordType.AAAA))
            .Select(data => IPAddress.TryParse(data, out var address) ? address : null)
            .OfType<IPAddress>()];
    }
}
