using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using Vigie.Alerts.Channels;
using Vigie.Alerts.Channels.Syslog;
using Vigie.Alerts.Settings;
using Vigie.Mail;

namespace Vigie.Web.Alerts;

/// <summary>Reads one item of `alerts.channels` (README, "Alerts", "Channels"): its type's fields, rules and delivery settings.</summary>
internal static class AlertChannelReader
{
    private static readonly Dictionary<string, SyslogTransport> Transports = new(StringComparer.Ordinal)
    {
        ["udp"] = SyslogTransport.Udp, ["tcp"] = SyslogTransport.Tcp, ["tls"] = SyslogTransport.Tls,
    };

    private static readonly Dictionary<string, SyslogFormat> Formats = new(StringComparer.Ordinal) { ["rfc5424"] = SyslogFormat.Rfc5424, ["cef"] = SyslogFormat.Cef };

    // RFC 5424 §6.2.1 facility codes worth offering for alerts.
    private static readonly Dictionary<string, int> Facilities = new(StringComparer.Ordinal)
    {
        ["user"] = 1, ["daemon"] = 3, ["auth"] = 4, ["authpriv"] = 10, ["local0"] = 16, ["local1"] = 17, ["local2"] = 18, ["local3"] = 19,
        ["local4"] = 20, ["local5"] = 21, ["local6"] = 22, ["local7"] = 23,
    };

    public static AlertChannelSettings Read(YamlFields fields)
    {
        var name = fields.Required("name");
        var type = fields.Required("type");
        var (create, target) = type switch
        {
            "webhook" => Webhook(fields),
            "slack" => Chat(fields, ChatFlavour.Slack),
            "mattermost" => Chat(fields, ChatFlavour.Mattermost),
            "teams" => Teams(fields),
            "matrix" => Matrix(fields),
            "syslog" => Syslog(fields),
            "email" => Email(fields),
            _ => throw fields.Error("type", $"'{type}' is not one of webhook, slack, mattermost, teams, matrix, syslog, email"),
        };
        var defaults = new DeliverySettings();
        var delivery = new DeliverySettings
        {
            DigestAfter = (int?)fields.Number("digest_after", 0, 1000) ?? defaults.DigestAfter,
            MaxPerMinute = (int?)fields.Number("max_per_minute", 0, 10_000) ?? defaults.MaxPerMinute,
            FirstRetry = fields.Duration("retry", TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1)) ?? defaults.FirstRetry,
            MaxRetry = fields.Duration("max_retry", TimeSpan.FromMilliseconds(100), TimeSpan.FromDays(1)) ?? defaults.MaxRetry,
        };
        var rules = AlertRuleReader.Read(fields);
        fields.CheckAllRead();
        return new AlertChannelSettings(name, type, rules, delivery, create) { Target = target };
    }

    private static (Func<AlertChannelContext, IAlertChannel>, string) Webhook(YamlFields fields)
    {
        var url = fields.Url("url") ?? throw fields.Error("url", "'url' is missing");
        var secret = fields.Secret("secret") ?? throw fields.Error("secret", "a webhook needs a secret (secret or secret_file) to sign with");
        return secret.Length >= 16 ? (context => new WebhookChannel(url, secret, context.Time, AlertHttp.CreateClient()), $"{ChannelTargets.WithoutCredentials(url)} (signed with HMAC-SHA256; secret hidden)")
            : throw fields.Error("secret", "at least 16 characters (a random one: openssl rand -hex 32)");
    }

    private static (Func<AlertChannelContext, IAlertChannel>, string) Chat(YamlFields fields, ChatFlavour flavour)
    {
        var url = SecretUrl(fields);
        return (_ => new ChatChannel(url, flavour, AlertHttp.CreateClient()), ChannelTargets.Hidden(url));
    }

    private static (Func<AlertChannelContext, IAlertChannel>, string) Teams(YamlFields fields)
    {
        var url = SecretUrl(fields);
        return (_ => new TeamsChannel(url, AlertHttp.CreateClient()), ChannelTargets.Hidden(url));
    }

    /// <summary>Incoming-webhook and workflow URLs carry their own credential: url, or url_file to keep it out of the configuration.</summary>
    private static Uri SecretUrl(YamlFields fields)
    {
        var text = fields.Secret("url") ?? throw fields.Error("url", "'url' (or url_file) is missing");
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw fields.Error("url", "not an http:// or https:// address");
    }

    private static (Func<AlertChannelContext, IAlertChannel>, string) Matrix(YamlFields fields)
    {
        var homeserver = fields.Url("homeserver") ?? throw fields.Error("homeserver", "'homeserver' is missing");
        var room = fields.Required("room");
        var token = fields.Secret("access_token") ?? throw fields.Error("access_token", "'access_token' (or access_token_file) is missing");
        var root = new Uri(homeserver.ToString().TrimEnd('/') + "/");
        return room.StartsWith('!') ? (_ => new MatrixChannel(root, room, token, AlertHttp.CreateClient()), $"room {room} on {ChannelTargets.WithoutCredentials(root)} (access token hidden)")
            : throw fields.Error("room", $"'{room}' is not a room id (!opaque:server; Element shows it under Settings, Advanced)");
    }

    /// <summary>
    /// Through the `smtp:` section's server (checked by <see cref="AlertSettingsReader.CheckSmtp"/>), one attempt per
    /// try: the outbox retries, so a dead server holds up nothing and loses nothing.
    /// </summary>
    private static (Func<AlertChannelContext, IAlertChannel>, string) Email(YamlFields fields)
    {
        var to = (fields.List("to") ?? throw fields.Error("to", "'to' (one address or a list) is missing"))
            .Select(a => MailboxAddress.TryParse(a, out var address) ? address : throw fields.Error("to", $"'{a}' is not an e-mail address")).ToList();
        return (context => context.Smtp is { } smtp
            ? new EmailChannel(new SmtpMailSender(smtp with { Attempts = 1 }, context.Time), smtp.From, to)
            : throw new InvalidOperationException("an e-mail alert channel needs the smtp: section"), $"{string.Join(", ", to.Select(a => a.Address))} through the smtp: server");
    }

    private static (Func<AlertChannelContext, IAlertChannel>, string) Syslog(YamlFields fields)
    {
        var host = fields.Required("host");
        var transport = fields.OneOf("transport", Transports) ?? SyslogTransport.Tcp;
        var port = (int?)fields.Number("port", 1, 65535) ?? (transport == SyslogTransport.Tls ? 6514 : 514);
        var format = fields.OneOf("format", Formats) ?? SyslogFormat.Rfc5424;
        var facility = fields.OneOf("facility", Facilities) ?? 16;
        X509Certificate2Collection? ca = null;
        if (fields.FilePath("ca_file") is { } caFile)
        {
            ca = [];
            try
            {
                ca.ImportFromPemFile(caFile);
            }
            catch (Exception e) when (e is IOException or CryptographicException or UnauthorizedAccessException)
            {
                throw fields.Error("ca_file", $"cannot read a PEM certificate from {caFile}: {e.Message}");
            }
        }

        var target = new SyslogTarget(host, port, transport, format, facility, ca, fields.Text("server_name"));
        var text = string.Create(CultureInfo.InvariantCulture, $"{transport.ToString().ToLowerInvariant()}://{host}:{port} {format.ToString().ToLowerInvariant()}, facility {Facilities.First(f => f.Value == facility).Key}");
        return (_ => new SyslogChannel(target), text);
    }
}
