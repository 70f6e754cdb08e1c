using Vigie.Web.Hosting;
using YamlDotNet.RepresentationModel;

namespace Vigie.Web.Pipeline.Scheduling;

/// <summary>Reads an `nrd:` or `zones:` section; relative paths are taken from the configuration file's folder.</summary>
internal static class FileSourceSettingsReader
{
    /// <summary>
    /// The section <paramref name="section"/> ("nrd", "zones") at <paramref name="node"/> of the file <paramref name="source"/>
    /// (in <paramref name="baseFolder"/>), whose files are listed under <paramref name="field"/> ("lists", "files"),
    /// run at <paramref name="defaultSchedule"/> unless it says otherwise.
    /// </summary>
    public static FileSourceSettings Read(YamlNode node, string source, string baseFolder, string section, string field, string defaultSchedule)
    {
        string[] fields = [field, "schedule", "max_backoff"];
        if (node is not YamlMappingNode map)
        {
            throw new ServeConfigException($"{source} line {node.Start.Line}, {section}: expected fields ({string.Join(", ", fields)})");
        }

        var settings = new FileSourceSettings([], Schedule.Read(defaultSchedule, "default"), TimeSpan.FromMinutes(5));
        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : string.Empty;
            var where = $"{source} line {value.Start.Line}, {section}.{key}";
            settings = key switch
            {
                _ when key == field => settings with { Locations = [.. ServeConfigLoader.Each(value, source, $"{section}.{key}").Select(l => Location(l, baseFolder, where))] },
                "schedule" => settings with { Schedule = Schedule.Read(ServeConfigLoader.Scalar(value, source, $"{section}.{key}"), where) },
                "max_backoff" => settings with { MaxBackoff = TimeSpan.FromSeconds(CtSettingsReader.Number(ServeConfigLoader.Scalar(value, source, $"{section}.{key}"), where, 1, 86_400)) },
                _ => throw new ServeConfigException($"{source} line {keyNode.Start.Line}: unknown field '{section}.{key}' (expected one of {string.Join(", ", fields)})"),
            };
        }

        return settings.Locations.Count > 0
            ? settings
            : throw new ServeConfigException($"{source} line {node.Start.Line}, {section}: nothing to fetch ({field}: a file path or an http(s) URL, or a list of them)");
    }

    /// <summary>An http(s) URL as written; anything else is a file, made absolute.</summary>
    private static string Location(string text, string baseFolder, string where)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && !url.IsFile)
        {
            return url.Scheme is "http" or "https" ? text : throw new ServeConfigException($"{where}: '{text}' is neither a file nor an http(s) URL");
        }

        return Path.GetFullPath(url?.LocalPath ?? text, baseFolder);
    }
}
