using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vigie.Core.Watchlists;

/// <summary>
/// Reads a watchlist file (YAML, or JSON, which is YAML's flow style) with YamlDotNet's representation model,
/// never its reflection deserializer, so the Native AOT CLI can use it. Every error names the line and the field.
/// </summary>
internal static class WatchlistLoader
{
    private static readonly string[] Fields = ["organisation", "domains", "brands", "subdomains", "services", "login_pages", "allowlist"];

    public static Watchlist Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WatchlistException($"{path}: cannot read the watchlist: {e.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>A watchlist of domains only (the CLI's --watch): subdomains given are kept as known subdomains.</summary>
    public static Watchlist FromDomains(IEnumerable<string> domains)
    {
        var builder = new WatchlistBuilder("--watch");
        foreach (var domain in domains)
        {
            builder.AddDomain(domain, 0);
        }

        return builder.Build(string.Empty);
    }

    public static Watchlist Parse(string text, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new WatchlistException($"{source} line {e.Start.Line}: not valid YAML or JSON: {FirstLine(e.Message)}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new WatchlistException($"{source} line 1: expected a mapping with 'domains:' and the other fields of docs/watchlist.md");
        }

        var builder = new WatchlistBuilder(source);
        var organisation = string.Empty;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : string.Empty;
            var line = (int)keyNode.Start.Line;
            switch (key)
            {
                case "organisation":
                    organisation = Scalar(value, source, key);
                    break;
                case "domains":
                    Each(value, source, key, (item, l) => builder.AddDomain(item, l));
                    break;
                case "brands":
                    Each(value, source, key, (item, l) => builder.AddBrand(item, l));
                    break;
                case "subdomains":
                    Each(value, source, key, (item, l) => builder.AddSubdomain(item, l));
                    break;
                case "services":
                    Services(value, source, builder);
                    break;
                case "login_pages":
                    Each(value, source, key, (item, l) => builder.AddLoginPage(item, l));
                    break;
                case "allowlist":
                    Each(value, source, key, (item, l) => builder.AddAllowed(item, l));
                    break;
                default:
                    throw new WatchlistException($"{source} line {line}: unknown field '{key}' (expected one of {string.Join(", ", Fields)})");
            }
        }

        return builder.Build(organisation);
    }

    /// <summary>
    /// Each service as a domain ("office.com"), or as a mapping with its other registrable domains
    /// ("domain: microsoft.com" and "also: [microsoftonline.com, live.com]"), which are the service's own.
    /// </summary>
    private static void Services(YamlNode node, string source, WatchlistBuilder builder)
    {
        if (node is not YamlSequenceNode list)
        {
            Each(node, source, "services", builder.AddService);
            return;
        }

        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                builder.AddService(Scalar(item, source, "services"), (int)item.Start.Line);
                continue;
            }

            string? domain = null;
            foreach (var (keyNode, value) in entry.Children)
            {
                var key = keyNode is YamlScalarNode { Value: { } k } ? k : string.Empty;
                switch (key)
                {
                    case "domain":
                        domain = Scalar(value, source, "services");
                        builder.AddService(domain, (int)value.Start.Line);
                        break;
                    case "also":
                        Each(value, source, "services, also", builder.AddServiceDomain);
                        break;
                    default:
                        throw new WatchlistException($"{source} line {keyNode.Start.Line}, services: unknown field '{key}' (expected domain and also)");
                }
            }

            if (domain is null)
            {
                throw new WatchlistException($"{source} line {item.Start.Line}, services: an entry with 'also:' needs its 'domain:'");
            }
        }
    }

    private static string Scalar(YamlNode node, string source, string field) =>
        node is YamlScalarNode { Value: { } v }
            ? v.Trim()
            : throw new WatchlistException($"{source} line {node.Start.Line}, {field}: expected a single value");

    private static void Each(YamlNode node, string source, string field, Action<string, int> add)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return;
        }

        if (node is not YamlSequenceNode list)
        {
            throw new WatchlistException($"{source} line {node.Start.Line}, {field}: expected a list ('- item' lines or [a, b])");
        }

        foreach (var item in list.Children)
        {
            add(Scalar(item, source, field), (int)item.Start.Line);
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
