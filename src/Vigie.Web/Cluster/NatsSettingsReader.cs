using Vigie.Web.Hosting;
using Vigie.Web.Pipeline;
using YamlDotNet.RepresentationModel;

namespace Vigie.Web.Cluster;

/// <summary>Reads the `nats:` section of the serve configuration (README, "Running on several machines").</summary>
internal static class NatsSettingsReader
{
    private static readonly string[] Fields = ["urls", "creds", "user", "password", "token", "tls_ca", "tls_cert", "tls_key", "ack_wait", "max_deliver"];

    public static NatsSettings Read(YamlNode node, string source, string baseFolder)
    {
        if (node is not YamlMappingNode map)
        {
            throw new ServeConfigException($"{source} line {node.Start.Line}, nats: expected fields ({string.Join(", ", Fields)})");
        }

        var settings = new NatsSettings();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : string.Empty;
            var where = $"{source} line {value.Start.Line}, nats.{key}";
            string Scalar() => ServeConfigLoader.Scalar(value, source, "nats." + key);
            string ExistingFile() => File.Exists(Path.GetFullPath(Scalar(), baseFolder))
                ? Path.GetFullPath(Scalar(), baseFolder)
                : throw new ServeConfigException($"{where}: no file {Path.GetFullPath(Scalar(), baseFolder)}");
            settings = key switch
            {
                "urls" => settings with { Urls = [.. ServeConfigLoader.Each(value, source, "nats.urls").Select(u => Url(u, where))] },
                "creds" => settings with { CredsFile = ExistingFile() },
                "user" => settings with { User = Scalar() },
                "password" => settings with { Password = Scalar() },
                "token" => settings with { Token = Scalar() },
                "tls_ca" => settings with { TlsCa = ExistingFile() },
                "tls_cert" => settings with { TlsCert = ExistingFile() },
                "tls_key" => settings with { TlsKey = ExistingFile() },
                "ack_wait" => settings with { AckWait = TimeSpan.FromSeconds(CtSettingsReader.Number(Scalar(), where, 1, 3600)) },
                "max_deliver" => settings with { MaxDeliver = (int)CtSettingsReader.Number(Scalar(), where, 1, 100) },
                _ => throw new ServeConfigException($"{source} line {keyNode.Start.Line}: unknown field 'nats.{key}' (expected one of {string.Join(", ", Fields)})"),
            };
        }

        var at = $"{source} line {node.Start.Line}, nats";
        if (settings.Urls.Count == 0)
        {
            throw new ServeConfigException($"{at}: no server (urls: nats://host:4222, or a list)");
        }

        if ((settings.TlsCert is null) != (settings.TlsKey is null))
        {
            throw new ServeConfigException($"{at}: tls_cert and tls_key go together");
        }

        return (settings.User is null) != (settings.Password is null)
            ? throw new ServeConfigException($"{at}: user and password go together")
            : settings;
    }

    private static Uri Url(string value, string where) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "nats" or "tls" && url.Port > 0 && url.UserInfo.Length == 0
            ? url
            : throw new ServeConfigException($"{where}: '{value}' is not a nats://host:port or tls://host:port address (credentials go in creds, user/password or token)");
}
