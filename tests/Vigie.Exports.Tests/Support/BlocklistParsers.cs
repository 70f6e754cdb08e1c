namespace Vigie.Exports.Tests.Support;

/// <summary>
/// Readers of blocklists as the tools that consume them read them (comments, localhost entries, inline comments and
/// the Adblock header skipped), written against the real samples in tests/data/formats/rpz before our lists.
/// </summary>
internal static class BlocklistParsers
{
    private static readonly string[] Localhost = ["localhost", "localhost.localdomain", "local", "broadcasthost", "ip6-localhost", "ip6-loopback", "0.0.0.0"];

    public static List<string> Hosts(IEnumerable<string> lines) =>
    [
        .. lines.Select(l => l.Split('#')[0].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length >= 2 && System.Net.IPAddress.TryParse(f[0], out _))
            .SelectMany(f => f.Skip(1))
            .Where(n => !Localhost.Contains(n, StringComparer.OrdinalIgnoreCase)),
    ];

    public static List<string> Adblock(IEnumerable<string> lines) =>
        [.. lines.Select(l => l.Trim()).Where(l => l.StartsWith("||", StringComparison.Ordinal) && l.EndsWith('^')).Select(l => l[2..^1])];

    public static List<string> Domains(IEnumerable<string> lines) =>
        [.. lines.Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0)];

    /// <summary>The owner names of an RPZ zone's CNAME records without their "*." twins, each once.</summary>
    public static List<string> Rpz(IEnumerable<string> lines) =>
    [
        .. lines.Where(l => !l.StartsWith(';') && !l.StartsWith('$') && !char.IsWhiteSpace(l.FirstOrDefault(' ')))
            .Select(l => l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length >= 3 && f[1] == "CNAME")
            .Select(f => f[0].StartsWith("*.", StringComparison.Ordinal) ? f[0][2..] : f[0])
            .Distinct(),
    ];
}
