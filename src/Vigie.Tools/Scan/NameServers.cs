using System.Globalization;
using System.Net;
using Vigie.Enrichment.Dns;

namespace Vigie.Cli.Scan;

/// <summary>The recursive servers given with --nameserver.</summary>
internal static class NameServers
{
    /// <summary>"192.0.2.53", "192.0.2.53:5353", "2001:db8::53" or "[2001:db8::53]:5353" (<see cref="NameServerAddress"/>).</summary>
    public static IPEndPoint Parse(string text) =>
        NameServerAddress.TryParse(text, out var endpoint)
            ? endpoint
            : throw new UsageException($"--nameserver '{text}': give an IP address, optionally with :PORT (192.0.2.53:5353, [2001:db8::53]:53)");

    public static string Describe(IReadOnlyList<IPEndPoint> servers) =>
        string.Join(", ", servers.Select(s => s.ToString())) + (servers.Count == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({servers.Count} servers)"));
}
