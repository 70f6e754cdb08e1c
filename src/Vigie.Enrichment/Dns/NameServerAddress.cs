using System.Net;

namespace Vigie.Enrichment.Dns;

/// <summary>A recursive server as people write it (`--nameserver`, the serve configuration), and the rate allowed to it.</summary>
internal static class NameServerAddress
{
    /// <summary>"192.0.2.53", "192.0.2.53:5353", "2001:db8::53" or "[2001:db8::53]:5353"; port 53 when none is given.</summary>
    public static bool TryParse(string text, out IPEndPoint endPoint)
    {
        if (IPEndPoint.TryParse(text, out var parsed) && (parsed.Port != 0 || !text.Contains("]:", StringComparison.Ordinal)))
        {
            endPoint = parsed.Port == 0 ? new IPEndPoint(parsed.Address, 53) : parsed;
            return true;
        }

        endPoint = new IPEndPoint(IPAddress.None, 0);
        return false;
    }

    /// <summary>
    /// Queries per second allowed per server when no rate is given: none for a resolver on this machine
    /// (it is yours), 1,500 for any other, the per-client limit Google Public DNS documents.
    /// </summary>
    public static double DefaultRate(IReadOnlyList<IPEndPoint> servers) =>
        servers.All(s => IPAddress.IsLoopback(s.Address)) ? 0 : 1500;
}
