using System.Net;

namespace Vigie.Enrichment.Http;

/// <summary>The A/AAAA look-up the connect guard does itself, so that the address checked is the address dialled.</summary>
internal interface IHostAddressResolver
{
    Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken);
}
