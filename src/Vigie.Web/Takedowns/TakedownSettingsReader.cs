using System.Globalization;
using MimeKit;
using Vigie.Web.Hosting;
using YamlDotNet.RepresentationModel;

namespace Vigie.Web.Takedowns;

/// <summary>Reads the `takedown:` section of the serve configuration.</summary>
internal static class TakedownSettingsReader
{
    private static readonly string[] Fields = ["from", "language", "follow_up_days", "rdap"];

    public static TakedownSettings Read(YamlNode node, string source, string baseFolder)
    {
        if (node is not YamlMappingNode map)
        {
            throw new ServeConfigException($"{source} line {node.Start.Line}, takedown: expected fields ({string.Join(", ", Fields)})");
        }

        var settings = new TakedownSettings();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : string.Empty;
            var where = $"{source} line {value.Start.Line}, takedown.{key}";
            var text = key switch
            {
                "from" or "language" or "follow_up_days" or "rdap" => ServeConfigLoader.Scalar(value, source, $"takedown.{key}"),
                _ => throw new ServeConfigException($"{source} line {keyNode.Start.Line}: unknown field 'takedown.{key}' (expected one of {string.Join(", ", Fields)})"),
            };
            settings = key switch
            {
                "from" => settings with { From = MailboxAddress.TryParse(text, out _) ? text : throw new ServeConfigException($"{where}: '{text}' is not an e-mail address") },
                "language" => settings with { Language = text is "en" or "fr" ? text : throw new ServeConfigException($"{where}: '{text}' is not one of en, fr") },
                "follow_up_days" => settings with
                {
                    FollowUp = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 365
                        ? TimeSpan.FromDays(days)
                        : throw new ServeConfigException($"{where}: '{text}' is not a number of days from 1 to 365"),
                },
                _ => settings with { RdapFolder = Path.GetFullPath(text, baseFolder) },
            };
        }

        return settings;
    }
}
