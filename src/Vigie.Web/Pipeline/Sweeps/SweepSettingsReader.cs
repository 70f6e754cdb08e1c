using Vigie.Enrichment.Dns;
using Vigie.Web.Hosting;
using Vigie.Web.Pipeline.Scheduling;
using YamlDotNet.RepresentationModel;

namespace Vigie.Web.Pipeline.Sweeps;

/// <summary>Reads the `sweeps:` section of the serve configuration; an empty section means every default.</summary>
internal static class SweepSettingsReader
{
    private static readonly string[] Fields = ["schedule", "nameservers", "concurrency", "rate", "timeout", "retries", "max_backoff"];

    public static SweepSettings Read(YamlNode node, string source)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return new SweepSettings();
        }

        if (node is not YamlMappingNode map)
        {
            throw new ServeConfigException($"{source} line {node.Start.Line}, sweeps: expected fields ({string.Join(", ", Fields)})");
        }

        var settings = new SweepSettings();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : string.Empty;
            var where = $"{source} line {value.Start.Line}, sweeps.{key}";
            string One() => ServeConfigLoader.Scalar(value, source, "sweeps." + key);
            settings = key switch
            {
                "schedule" => settings with { Schedule = Schedule.Read(One(), where) },
                "nameservers" => settings with { NameServers = [.. ServeConfigLoader.Each(value, source, "sweeps.nameservers").Select(s => Server(s, where))] },
                "concurrency" => settings with { Concurrency = (int)CtSettingsReader.Number(One(), where, 1, 4096) },
                "rate" => settings with { Rate = CtSettingsReader.Number(One(), where, 0, 1_000_000) },
                "timeout" => settings with { Timeout = TimeSpan.FromMilliseconds(CtSettingsReader.Number(One(), where, 10, 60_000)) },
                "retries" => settings with { Retries = (int)CtSettingsReader.Number(One(), where, 0, 10) },
                "max_backoff" => settings with { MaxBackoff = TimeSpan.FromSeconds(CtSettingsReader.Number(One(), where, 1, 86_400)) },
                _ => throw new ServeConfigException($"{source} line {keyNode.Start.Line}: unknown field 'sweeps.{key}' (expected one of {string.Join(", ", Fields)})"),
            };
        }

        return settings;
    }

    private static System.Net.IPEndPoint Server(string text, string where) =>
        NameServerAddress.TryParse(text, out var server)
            ? server
            : throw new ServeConfigException($"{where}: '{text}' is not an IP address, optionally with :PORT (192.0.2.53:5353, [2001:db8::53]:53)");
}
