using Vigie.Decoys.Detection;
using Vigie.Decoys.Generation;
using Vigie.Web.Hosting;
using Vigie.Web.Pipeline;
using YamlDotNet.RepresentationModel;

namespace Vigie.Web.Decoys;

/// <summary>Reads the `decoys:` section of the serve configuration (README, "Decoys", "In vigie serve").</summary>
internal static class DecoySettingsReader
{
    private static readonly string[] Fields = ["submission", "count", "spacing", "jitter", "max_per_hour", "proxy", "user_agent", "lang", "pattern", "allow_loopback", "detectors"];
    private static readonly string[] DetectorFields = ["format", "paths", "fields", "patterns"];

    public static DecoySettings Read(YamlNode node, string source, string baseFolder)
    {
        if (node is not YamlMappingNode map)
        {
            throw new ServeConfigException($"{source} line {node.Start.Line}, decoys: expected fields ({string.Join(", ", Fields)})");
        }

        var settings = new DecoySettings();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : string.Empty;
            var where = $"{source} line {value.Start.Line}, decoys.{key}";
            string Text() => ServeConfigLoader.Scalar(value, source, "decoys." + key);
            var send = settings.Submission;
            try
            {
                settings = key switch
                {
                    "submission" => settings with { SubmissionEnabled = OnOff(Text(), where) },
                    "count" => settings with { Submission = send with { Count = (int)CtSettingsReader.Number(Text(), where, 1, 1000) } },
                    "spacing" => settings with { Submission = send with { Spacing = TimeSpan.FromSeconds(CtSettingsReader.Number(Text(), where, 0, 86_400)) } },
                    "jitter" => settings with { Submission = send with { Jitter = CtSettingsReader.Number(Text(), where, 0, 1) } },
                    "max_per_hour" => settings with { Submission = send with { MaxPerHour = (int)CtSettingsReader.Number(Text(), where, 0, 3600) } },
                    "proxy" => settings with { Submission = send with { Proxy = Uri.TryCreate(Text(), UriKind.Absolute, out var proxy) && proxy.Scheme is "http" or "https" ? proxy : throw new ServeConfigException($"{where}: '{Text()}' is not an http:// proxy address") } },
                    "user_agent" => settings with { Submission = send with { UserAgent = Text() } },
                    "lang" => settings with { Submission = send with { Language = Text() is "fr" or "en" ? Text() : throw new ServeConfigException($"{where}: '{Text()}' is not one of fr, en") } },
                    "pattern" => settings with { Pattern = AddressPattern.Parse(Text()) },
                    "allow_loopback" => settings with { Submission = send with { AllowLoopback = OnOff(Text(), where) } },
                    "detectors" => settings with { Detectors = Detectors(value, source, baseFolder) },
                    _ => throw new ServeConfigException($"{source} line {keyNode.Start.Line}: unknown field 'decoys.{key}' (expected one of {string.Join(", ", Fields)})"),
                };
            }
            catch (ArgumentException e)
            {
                throw new ServeConfigException($"{where}: {e.Message.TrimStart('-')}");
            }
        }

        return settings;
    }

    private static List<DetectorSettings> Detectors(YamlNode node, string source, string baseFolder)
    {
        if (node is not YamlSequenceNode list)
        {
            throw new ServeConfigException($"{source} line {node.Start.Line}, decoys.detectors: expected a list of detectors ('- format: entra' …)");
        }

        var detectors = new List<DetectorSettings>();
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode detector)
            {
                throw new ServeConfigException($"{source} line {item.Start.Line}, decoys.detectors: expected fields ({string.Join(", ", DetectorFields)})");
            }

            LogFormat? format = null;
            List<string> paths = [];
            FieldMapping? fields = null;
            List<string> patterns = [];
            foreach (var (keyNode, value) in detector.Children)
            {
                var key = keyNode is YamlScalarNode { Value: { } k } ? k : string.Empty;
                var field = "decoys.detectors." + key;
                try
                {
                    switch (key)
                    {
                        case "format":
                            format = LogFormats.Parse(ServeConfigLoader.Scalar(value, source, field));
                            break;
                        case "paths":
                            paths = ServeConfigLoader.Each(value, source, field);
                            break;
                        case "fields":
                            fields = FieldMapping.Parse(ServeConfigLoader.Scalar(value, source, field));
                            break;
                        case "patterns":
                            patterns = ServeConfigLoader.Each(value, source, field);
                            break;
                        default:
                            throw new ServeConfigException($"{source} line {keyNode.Start.Line}: unknown field '{field}' (expected one of {string.Join(", ", DetectorFields)})");
                    }
                }
                catch (ArgumentException e)
                {
                    throw new ServeConfigException($"{source} line {value.Start.Line}, {field}: {e.Message}");
                }
            }

            if (format is null || paths.Count == 0)
            {
                throw new ServeConfigException($"{source} line {item.Start.Line}, decoys.detectors: each detector needs a format and paths");
            }

            detectors.Add(new DetectorSettings(format.Value, [.. paths.Select(p => Path.GetFullPath(p, baseFolder))], fields, [.. patterns.Select(SignInParsers.Pattern)]));
        }

        return detectors;
    }

    private static bool OnOff(string value, string where) => value switch
    {
        "on" or "true" or "yes" => true,
        "off" or "false" or "no" => false,
        _ => throw new ServeConfigException($"{where}: '{value}' is not on or off"),
    };
}
