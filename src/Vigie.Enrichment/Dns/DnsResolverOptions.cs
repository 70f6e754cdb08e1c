using System.Net;

namespace Vigie.Enrichment.Dns;

/// <summary>How <see cref="DnsResolver"/> talks to its recursive servers.</summary>
internal sealed record DnsResolverOptions
{
    public required IReadOnlyList<IPEndPoint> Servers { get; init; }

    /// <summary>How long to wait for one answer before trying again.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Extra attempts after a timeout, SERVFAIL or REFUSED, each on the next server.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>Queries per second sent to each server; 0 for no limit.</summary>
    public double QueriesPerSecondPerServer { get; init; }

    /// <summary>
    /// UDP sockets per server, each with its own random source port: answers are matched on port, ID and
    /// question (RFC 5452 §9.1), and several sockets spread the load over the kernel's receive queues.
    /// </summary>
    public int SocketsPerServer { get; init; } = 4;
}
