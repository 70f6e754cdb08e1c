using System.Globalization;
using Vigie.Web.Hosting;
using YamlDotNet.RepresentationModel;

namespace Vigie.Web.Pipeline;

/// <summary>Reads the `ct:` section of the serve configuration (README, "vigie serve", "The pipeline").</summary>
internal static class CtSettingsReader
{
    private static readonly string[] Fields = ["logs", "lists", "start", "poll", "rate", "retries", "max_backoff"];

    public static CtSettings Read(YamlNode node, string source)
    {
        if (node is not YamlMappingNode map)
        {
            throw new ServeConfigException($"{source} line {node.Start.Line}, ct: expected fields ({string.Join(", ", Fields)})");
        }

        var settings = new CtSettings();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : string.Empty;
            var where = $"{source} line {value.Start.Line}, ct.{key}";
            settings = key switch
            {
                "logs" => Logs(settings, ServeConfigLoader.Each(value, source, "ct.logs"), where),
                "lists" => settings with { OfflineLists = OneOf(ServeConfigLoader.Scalar(value, source, "ct.lists"), where, "current", "bundled") == "bundled" },
                "start" => settings with { FromBeginning = OneOf(ServeConfigLoader.Scalar(value, source, "ct.start"), where, "head", "beginning") == "beginning" },
                "poll" => settings with { Poll = TimeSpan.FromSeconds(Number(ServeConfigLoader.Scalar(value, source, "ct.poll"), where, 0.01, 3600)) },
                "rate" => settings with { RequestsPerSecond = Number(ServeConfigLoader.Scalar(value, source, "ct.rate"), where, 0.01, 10_000) },
                "retries" => settings with { Retries = (int)Number(ServeConfigLoader.Scalar(value, source, "ct.retries"), where, 0, 20) },
                "max_backoff" => settings with { MaxBackoff = TimeSpan.FromSeconds(Number(ServeConfigLoader.Scalar(value, source, "ct.max_backoff"), where, 1, 86_400)) },
                _ => throw new ServeConfigException($"{source} line {keyNode.Start.Line}: unknown field 'ct.{key}' (expected one of {string.Join(", ", Fields)})"),
            };
        }

        return settings.AllListedLogs || settings.LogUrls.Count > 0
            ? settings
            : throw new ServeConfigException($"{source} line {node.Start.Line}, ct: no log to follow (logs: all, or a list of log URLs)");
    }

    private static CtSettings Logs(CtSettings settings, List<string> items, string where)
    {
        var urls = new List<Uri>();
        var all = false;
        foreach (var item in items)
        {
            if (item == "all")
            {
                all = true;
            }
            else if (Uri.TryCreate(item, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                urls.Add(url);
            }
            else
            {
                throw new ServeConfigException($"{where}: '{item}' is neither 'all' nor a log's http(s) URL prefix");
            }
        }

        return settings with { AllListedLogs = all, LogUrls = urls };
    }

    private static string OneOf(string value, string where, params string[] allowed) =>
        allowed.Contains(value, StringComparer.Ordinal) ? value : throw new ServeConfigException($"{where}: '{value}' is not one of {string.Join(", ", allowed)}");

    internal static double Number(string value, string where, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ServeConfigException($"{where}: '{value}' is not a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
}
