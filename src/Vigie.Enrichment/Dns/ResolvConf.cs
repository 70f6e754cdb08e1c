using System.Net;

namespace Vigie.Enrichment.Dns;

/// <summary>The system's recursive servers: the "nameserver" lines of resolv.conf (resolv.conf(5)), on port 53.</summary>
internal static class ResolvConf
{
    public static IReadOnlyList<IPEndPoint> Read(string path = "/etc/resolv.conf")
    {
        if (!File.Exists(path))
        {
            return [];
        }

        // A link-local IPv6 server carries its interface after '%' (fe80::1%eth0); the socket address needs it dropped.
        return [.. File.ReadLines(path)
            .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length >= 2 && parts[0] == "nameserver" && IPAddress.TryParse(parts[1].Split('%')[0], out _))
            .Select(parts => new IPEndPoint(IPAddress.Parse(parts[1].Split('%')[0]), 53))];
    }
}
