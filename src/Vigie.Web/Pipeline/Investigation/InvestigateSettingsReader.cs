using System.Globalization;
using System.Net;
using Vigie.Web.Hosting;
using YamlDotNet.RepresentationModel;

namespace Vigie.Web.Pipeline.Investigation;

/// <summary>Reads the `investigate:` section of the serve configuration (README, "vigie serve", "Investigations and re-checks").</summary>
internal static class InvestigateSettingsReader
{
    private static readonly string[] Fields =
        ["min_score", "concurrency", "screenshots", "timeout", "allow_loopback", "nameservers", "recheck", "dns_check", "gone_after", "genuine_refresh", "rdap_bootstrap"];

    public static InvestigateSettings Read(YamlNode node, string source, string baseFolder)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return new InvestigateSettings();
        }

        if (node is not YamlMappingNode map)
        {
            throw new ServeConfigException($"{source} line {node.Start.Line}, investigate: expected fields ({string.Join(", ", Fields)})");
        }

        var settings = new InvestigateSettings();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : string.Empty;
            var where = $"{source} line {value.Start.Line}, investigate.{key}";
            string Scalar() => ServeConfigLoader.Scalar(value, source, "investigate." + key);
            settings = key switch
            {
                "min_score" => settings with { MinScore = (int)Number(Scalar(), where, 0, 100) },
                "concurrency" => settings with { Concurrency = (int)Number(Scalar(), where, 1, 64) },
                "screenshots" => settings with { Screenshots = Boolean(Scalar(), where) },
                "timeout" => settings with { Timeout = Seconds(Scalar(), where, 1, 600) },
                "allow_loopback" => settings with { AllowLoopback = Boolean(Scalar(), where) },
                "nameservers" => settings with { NameServers = [.. ServeConfigLoader.Each(value, source, "investigate.nameservers").Select(s => NameServer(s, where))] },
                "recheck" => settings with { Recheck = Seconds(Scalar(), where, 60, 365 * 86_400) },
                "dns_check" => settings with { DnsCheck = Seconds(Scalar(), where, 1, 30 * 86_400) },
                "gone_after" => settings with { GoneAfter = (int)Number(Scalar(), where, 1, 1000) },
                "genuine_refresh" => settings with { GenuineRefresh = Seconds(Scalar(), where, 60, 365 * 86_400) },
                "rdap_bootstrap" => settings with { RdapBootstrap = Path.GetFullPath(Scalar(), baseFolder) },
                _ => throw new ServeConfigException($"{source} line {keyNode.Start.Line}: unknown field 'investigate.{key}' (expected one of {string.Join(", ", Fields)})"),
            };
        }

        return settings;
    }

    private static IPEndPoint NameServer(string text, string where) =>
        IPEndPoint.TryParse(text, out var endpoint) && (endpoint.Port != 0 || !text.Contains("]:", StringComparison.Ordinal))
            ? endpoint.Port == 0 ? new IPEndPoint(endpoint.Address, 53) : endpoint
            : throw new ServeConfigException($"{where}: '{text}' is not an IP address with an optional :PORT (192.0.2.53:5353, [2001:db8::53]:53)");

    private static bool Boolean(string value, string where) => value switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => throw new ServeConfigException($"{where}: '{value}' is neither true nor false"),
    };

    /// <summary>Seconds, or a number with a unit: 90s, 30m, 6h, 1d.</summary>
    private static TimeSpan Seconds(string value, string where, double min, double max)
    {
        var unit = value.Length > 0 && char.IsLetter(value[^1]) ? value[^1] : 's';
        var factor = unit switch { 's' => 1, 'm' => 60, 'h' => 3600, 'd' => 86_400, _ => 0 };
        var digits = char.IsLetter(value[^1]) ? value[..^1] : value;
        return factor > 0 && double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number * factor >= min && number * factor <= max
            ? TimeSpan.FromSeconds(number * factor)
            : throw new ServeConfigException(string.Create(CultureInfo.InvariantCulture, $"{where}: '{value}' is not a duration from {min} to {max} seconds (a number of seconds, or 30m, 6h, 1d)"));
    }

    private static double Number(string value, string where, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max && number == Math.Floor(number)
            ? number
            : throw new ServeConfigException(string.Create(CultureInfo.InvariantCulture, $"{where}: '{value}' is not a whole number from {min} to {max}"));
}
