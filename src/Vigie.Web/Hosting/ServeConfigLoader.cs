using Vigie.Alerts.Settings;
using Vigie.Mail;
using Vigie.Web.Alerts;
using Vigie.Web.Digest;
using Vigie.Web.Pipeline;
using Vigie.Web.Pipeline.Scheduling;
using Vigie.Web.Pipeline.Sweeps;
using Vigie.Web.Pipeline.Investigation;
using Vigie.Web.Takedowns;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vigie.Web.Hosting;

/// <summary>
/// Reads the `vigie serve` YAML file (README, "vigie serve") with YamlDotNet's representation model, never its
/// reflection deserializer (Native AOT). Each top-level section has one case below; a later section (the pipeline's
/// sources) is one more case and one more name in <see cref="Sections"/>. Relative paths are taken from the file's folder.
/// </summary>
internal static class ServeConfigLoader
{
    private static readonly string[] Sections = ["data", "db", "evidence", "listen", "public_url", "watchlists", "ct", "sweeps", "nrd", "zones", "investigate", "alerts", "smtp", "decoys", "takedown", "digest", "nats"];

    public static ServeConfig Load(string path, string defaultDataFolder)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ServeConfigException($"{path}: cannot read the configuration: {e.Message}");
        }

        return Parse(text, path, Path.GetDirectoryName(Path.GetFullPath(path))!, defaultDataFolder);
    }

    public static ServeConfig Parse(string text, string source, string baseFolder, string defaultDataFolder)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ServeConfigException($"{source} line {e.Start.Line}: not valid YAML: {e.Message.Split('\n')[0]}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return ServeConfig.Defaults(defaultDataFolder);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ServeConfigException($"{source} line 1: expected a mapping of sections ({string.Join(", ", Sections)})");
        }

        string? data = null, db = null, evidence = null;
        IReadOnlyList<string>? listen = null;
        Uri? publicUrl = null;
        CtSettings? ct = null;
        IReadOnlyList<string>? watchlists = null;
        SweepSettings? sweeps = null;
        FileSourceSettings? nrd = null, zones = null;
        InvestigateSettings? investigate = null;
        AlertSettings? alerts = null;
        TakedownSettings? takedown = null;
        SmtpSettings? smtp = null;
        Decoys.DecoySettings? decoys = null;
        DigestSettings? digest = null;
        Cluster.NatsSettings? nats = null;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : string.Empty;
            switch (key)
            {
                case "data":
                    data = Path.GetFullPath(Scalar(value, source, key), baseFolder);
                    break;
                case "db":
                    db = Scalar(value, source, key);
                    break;
                case "evidence":
                    evidence = Path.GetFullPath(Scalar(value, source, key), baseFolder);
                    break;
                case "listen":
                    listen = ListenUrls.Check(Each(value, source, key), $"{source} line {value.Start.Line}, listen");
                    break;
                case "public_url":
                    publicUrl = PublicUrl(Scalar(value, source, key), $"{source} line {value.Start.Line}, public_url");
                    break;
                case "watchlists":
                    watchlists = WatchlistSeeds.Read(Each(value, source, key), baseFolder);
                    break;
                case "ct":
                    ct = CtSettingsReader.Read(value, source);
                    break;
                case "sweeps":
                    sweeps = SweepSettingsReader.Read(value, source);
                    break;
                case "nrd":
                    nrd = FileSourceSettingsReader.Read(value, source, baseFolder, "nrd", "lists", FileSourceSettings.NrdSchedule);
                    break;
                case "zones":
                    zones = FileSourceSettingsReader.Read(value, source, baseFolder, "zones", "files", FileSourceSettings.ZonesSchedule);
                    break;
                case "investigate":
                    investigate = InvestigateSettingsReader.Read(value, source, baseFolder);
                    break;
                case "alerts":
                    alerts = AlertSettingsReader.Read(value, source, baseFolder);
                    break;
                case "takedown":
                    takedown = TakedownSettingsReader.Read(value, source, baseFolder);
                    break;
                case "smtp":
                    smtp = Smtp(value, source, baseFolder);
                    break;
                case "decoys":
                    decoys = Decoys.DecoySettingsReader.Read(value, source, baseFolder);
                    break;
                case "digest":
                    digest = DigestSettingsReader.Read(value, source);
                    break;
                case "nats":
                    nats = Cluster.NatsSettingsReader.Read(value, source, baseFolder);
                    break;
                default:
                    throw new ServeConfigException($"{source} line {keyNode.Start.Line}: unknown section '{key}' (expected one of {string.Join(", ", Sections)})");
            }
        }

        AlertSettingsReader.CheckSmtp(alerts, smtp, source);
        var config = ServeConfig.Defaults(data ?? defaultDataFolder);
        return config with
        {
            Database = db is null ? config.Database : DatabaseLocation(db, baseFolder),
            EvidenceFolder = evidence ?? config.EvidenceFolder,
            Listen = listen ?? config.Listen,
            PublicUrl = publicUrl,
            Ct = ct,
            Watchlists = watchlists ?? [],
            Sweeps = sweeps,
            Nrd = nrd,
            Zones = zones,
            Investigate = investigate,
            Alerts = alerts,
            Takedown = takedown ?? config.Takedown,
            Smtp = smtp,
            Decoys = decoys,
            Digest = digest ?? config.Digest,
            Nats = nats,
        };
    }

    /// <summary>A PostgreSQL connection string is kept as written; a SQLite path is made absolute.</summary>
    public static string DatabaseLocation(string db, string baseFolder) =>
        Storage.Database.VigieDatabase.IsPostgres(db) ? db : Path.GetFullPath(db, baseFolder);

    private static SmtpSettings Smtp(YamlNode node, string source, string baseFolder)
    {
        try
        {
            return SmtpSettingsReader.Read(node, source, baseFolder);
        }
        catch (MailConfigException e)
        {
            throw new ServeConfigException(e.Message);
        }
    }

    private static Uri PublicUrl(string value, string where) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new ServeConfigException($"{where}: '{value}' is not an http:// or https:// address");

    internal static string Scalar(YamlNode node, string source, string field) =>
        node is YamlScalarNode { Value: { Length: > 0 } v }
            ? v.Trim()
            : throw new ServeConfigException($"{source} line {node.Start.Line}, {field}: expected a single value");

    internal static List<string> Each(YamlNode node, string source, string field) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } } => [Scalar(node, source, field)],
        YamlSequenceNode list => [.. list.Children.Select(item => Scalar(item, source, field))],
        _ => throw new ServeConfigException($"{source} line {node.Start.Line}, {field}: expected a list ('- item' lines or [a, b])"),
    };
}
