using System.Globalization;
using System.Net;

namespace Vigie.Cli.Scan;

/// <summary>The recursive servers given with --nameserver, and the rate allowed to each.</summary>
internal static class NameServers
{
    /// <summary>"192.0.2.53", "192.0.2.53:5353", "2001:db8::53" or "[2001:db8::53]:5353".</summary>
    public static IPEndPoint Parse(string text)
    {
        if (IPEndPoint.TryParse(text, out var endpoint) && (endpoint.Port != 0 || !text.Contains("]:", StringComparison.Ordinal)))
        {
            return endpoint.Port == 0 ? new IPEndPoint(endpoint.Address, 53) : endpoint;
        }

        throw new UsageException($"--nameserver '{text}': give an IP address, optionally with :PORT (192.0.2.53:5353, [2001:db8::53]:53)");
    }

    /// <summary>
    /// Queries per second allowed per server when --rate is not given: none for a resolver on this machine
    /// (it is yours), 1,500 for any other, the per-client limit Google Public DNS documents.
    /// </summary>
    public static double DefaultRate(IReadOnlyList<IPEndPoint> servers) =>
        servers.All(s => IPAddress.IsLoopback(s.Address)) ? 0 : 1500;

    public static string Describe(IReadOnlyList<IPEndPoint> servers) =>
        string.Join(", ", servers.Select(s => s.ToString())) + (servers.Count == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({servers.Count} servers)"));
}
