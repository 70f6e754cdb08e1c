using System.Globalization;

namespace Vigie.Exports.Blocklists;

/// <summary>
/// The blocklists, laid out as the lists resolvers and filters already read (the samples in tests/data/formats/rpz):
/// an RPZ zone, a hosts file, an Adblock/uBlock filter list and a plain list of names.
/// </summary>
internal static class BlocklistWriters
{
    /// <summary>
    /// A response policy zone (draft-vixie-dnsop-dns-rpz §4): "CNAME ." answers NXDOMAIN, "CNAME host." rewrites to a
    /// walled garden; each name is listed with its "*." wildcard, because RPZ matches a name and not its subdomains
    /// (login.en-rnarche.fr must be blocked as en-rnarche.fr is). SOA serial: the export time in seconds (RFC 1982 space).
    /// </summary>
    public static IExportWriter Rpz(string? walledGarden, DateTimeOffset now)
    {
        var target = walledGarden is null ? "." : WalledGarden(walledGarden);
        var serial = (uint)now.ToUnixTimeSeconds();
        return new LineListWriter(
            [
                "$TTL 300",
                string.Create(CultureInfo.InvariantCulture, $"@ SOA localhost. root.localhost. {serial} 3600 600 86400 300"),
                "  NS  localhost.",
                "; Vigie: look-alike domains, " + (walledGarden is null ? "NXDOMAIN" : $"rewritten to {target}"),
                $"; Updated: {now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}",
            ],
            name => [$"{name} CNAME {target}", $"*.{name} CNAME {target}"]);
    }

    /// <summary>A hosts file: "0.0.0.0 name", the unroutable address that fails at once (hosts files have no wildcards).</summary>
    public static IExportWriter Hosts(DateTimeOffset now) =>
        new LineListWriter(["# Vigie: look-alike domains", $"# Updated: {now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}", "#"], name => [$"0.0.0.0 {name}"]);

    /// <summary>Adblock Plus / uBlock Origin syntax: "||name^" blocks the name and every subdomain.</summary>
    public static IExportWriter Adblock(DateTimeOffset now) =>
        new LineListWriter(["[Adblock Plus 2.0]", "! Title: Vigie: look-alike domains", $"! Last modified: {now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}"], name => [$"||{name}^"]);

    public static IExportWriter Domains(DateTimeOffset now) =>
        new LineListWriter(["# Vigie: look-alike domains", $"# Updated: {now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}"], name => [name]);

    /// <summary>The walled garden's host name as an absolute name; anything else is refused before a line is written.</summary>
    public static string WalledGarden(string host)
    {
        var name = host.Trim().TrimEnd('.').ToLowerInvariant();
        var labels = name.Split('.');
        if (name.Length is 0 or > 253 || labels.Length < 2 || labels.Any(l => l.Length is 0 or > 63 || l.StartsWith('-') || l.EndsWith('-') || !l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            throw new ExportException($"--rpz-cname: '{host}' is not a host name (letters, digits and hyphens in dot-separated labels)");
        }

        return name + ".";
    }
}
