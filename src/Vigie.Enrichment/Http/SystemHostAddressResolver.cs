using System.Net;

namespace Vigie.Enrichment.Http;

/// <summary>The operating system's resolver (getaddrinfo), for hosts without a configured name server.</summary>
internal sealed class SystemHostAddressResolver : IHostAddressResolver
{
    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken) =>
        await System.Net.Dns.GetHostAddressesAsync(host, cancellationToken);
}
