using System.Net;
using Vigie.Enrichment.Http;

namespace Vigie.Enrichment.Tests.Support;

/// <summary>A resolver answering from a table, for tests of the guard's decisions without a DNS server.</summary>
internal sealed class StaticHostAddressResolver(IReadOnlyDictionary<string, IPAddress[]> table) : IHostAddressResolver
{
    public Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IPAddress>>(table.TryGetValue(host, out var addresses) ? addresses : []);

    /// <summary>Every lab name on 127.0.0.1, and metadata.lab.test on the two addresses that must never be dialled.</summary>
    public static StaticHostAddressResolver Lab()
    {
        var table = new Dictionary<string, IPAddress[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in LabNames.Loopback)
        {
            table[name] = [IPAddress.Loopback];
        }

        table[LabNames.Metadata] = [IPAddress.Parse("169.254.169.254"), IPAddress.Parse("10.0.0.1")];
        return new StaticHostAddressResolver(table);
    }
}
