using System.Globalization;
using Cronos;
using MimeKit;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Web.Hosting;
using Vigie.Web.Localization;
using YamlDotNet.RepresentationModel;

namespace Vigie.Web.Digest;

/// <summary>Reads the `digest:` section of the serve configuration (README, "The weekly digest").</summary>
internal static class DigestSettingsReader
{
    private static readonly string[] Fields = ["schedule", "states", "language", "contact", "empty", "spot_the_fake", "max_size", "organisations"];
    private static readonly string[] OrganisationFields = ["to", "language", "schedule", "contact"];

    public static DigestSettings Read(YamlNode node, string source)
    {
        var settings = new DigestSettings();
        foreach (var (key, value, where) in Entries(node, source, "digest", Fields))
        {
            settings = key switch
            {
                "schedule" => settings with { Schedule = Cron(ServeConfigLoader.Scalar(value, source, "digest.schedule"), where) },
                "states" => settings with { States = [.. ServeConfigLoader.Each(value, source, "digest.states").Select(s => State(s, where))] },
                "language" => settings with { Language = Language(ServeConfigLoader.Scalar(value, source, "digest.language"), where) },
                "contact" => settings with { Contact = ServeConfigLoader.Scalar(value, source, "digest.contact") },
                "empty" => settings with { SendEmpty = OneOf(ServeConfigLoader.Scalar(value, source, "digest.empty"), where, "send", "skip") == "send" },
                "spot_the_fake" => settings with { SpotTheFake = OneOf(ServeConfigLoader.Scalar(value, source, "digest.spot_the_fake"), where, "true", "false") == "true" },
                "max_size" => settings with { MaxBytes = Bytes(ServeConfigLoader.Scalar(value, source, "digest.max_size"), where) },
                _ => settings with { Organisations = Organisations(value, source) },
            };
        }

        return settings;
    }

    private static Dictionary<string, DigestRecipients> Organisations(YamlNode node, string source)
    {
        var organisations = new Dictionary<string, DigestRecipients>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            throw new ServeConfigException($"{source} line {node.Start.Line}, digest.organisations: expected one entry per organisation slug");
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var slug = keyNode is YamlScalarNode { Value: { Length: > 0 } s } ? s : throw new ServeConfigException($"{source} line {keyNode.Start.Line}, digest.organisations: expected an organisation slug");
            var field = $"digest.organisations.{slug}";
            IReadOnlyList<string> to = [];
            string? language = null, contact = null;
            CronExpression? schedule = null;
            foreach (var (key, item, where) in Entries(value, source, field, OrganisationFields))
            {
                switch (key)
                {
                    case "to":
                        to = [.. ServeConfigLoader.Each(item, source, field + ".to").Select(a => Address(a, where))];
                        break;
                    case "language":
                        language = Language(ServeConfigLoader.Scalar(item, source, field + ".language"), where);
                        break;
                    case "schedule":
                        schedule = Cron(ServeConfigLoader.Scalar(item, source, field + ".schedule"), where);
                        break;
                    default:
                        contact = ServeConfigLoader.Scalar(item, source, field + ".contact");
                        break;
                }
            }

            organisations[slug] = new DigestRecipients(to, language, schedule, contact);
        }

        return organisations;
    }

    private static IEnumerable<(string Key, YamlNode Value, string Where)> Entries(YamlNode node, string source, string field, string[] fields)
    {
        if (node is not YamlMappingNode map)
        {
            throw new ServeConfigException($"{source} line {node.Start.Line}, {field}: expected fields ({string.Join(", ", fields)})");
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : string.Empty;
            yield return fields.Contains(key, StringComparer.Ordinal)
                ? (key, value, $"{source} line {value.Start.Line}, {field}.{key}")
                : throw new ServeConfigException($"{source} line {keyNode.Start.Line}: unknown field '{field}.{key}' (expected one of {string.Join(", ", fields)})");
        }
    }

    internal static string Address(string value, string where) =>
        MailboxAddress.TryParse(value, out var address) && address.Address.Contains('@', StringComparison.Ordinal)
            ? value
            : throw new ServeConfigException($"{where}: '{value}' is not an e-mail address");

    private static CronExpression Cron(string value, string where)
    {
        try
        {
            return CronExpression.Parse(value);
        }
        catch (CronFormatException e)
        {
            throw new ServeConfigException($"{where}: '{value}' is not a cron expression (minute hour day month weekday): {e.Message}");
        }
    }

    private static TriageState State(string value, string where) =>
        StoredEnum<TriageState>.TryParse(value, out var state) ? state
        : throw new ServeConfigException($"{where}: '{value}' is not a triage state ({string.Join(", ", StoredEnum<TriageState>.All)})");

    private static string Language(string value, string where) =>
        Texts.Languages.Contains(value, StringComparer.Ordinal) ? value : throw new ServeConfigException($"{where}: '{value}' is not one of {string.Join(", ", Texts.Languages)}");

    private static string OneOf(string value, string where, params string[] allowed) =>
        allowed.Contains(value, StringComparer.Ordinal) ? value : throw new ServeConfigException($"{where}: '{value}' is not one of {string.Join(", ", allowed)}");

    private static long Bytes(string value, string where) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes is >= 50_000 and <= 100_000_000
            ? bytes
            : throw new ServeConfigException($"{where}: '{value}' is not a size in bytes from 50000 to 100000000");
}
