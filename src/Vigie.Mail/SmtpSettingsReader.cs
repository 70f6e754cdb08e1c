using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using YamlDotNet.RepresentationModel;

namespace Vigie.Mail;

/// <summary>
/// Reads the `smtp:` section of the serve configuration (README, "E-mail") from YamlDotNet's representation model
/// (no reflection: Native AOT). A relative <c>password_file</c> is taken from the configuration file's folder.
/// </summary>
internal static class SmtpSettingsReader
{
    private static readonly string[] Fields = ["host", "port", "security", "user", "password", "password_file", "from", "attempts", "max_backoff", "timeout", "ca_file", "fingerprint"];

    public static SmtpSettings Read(YamlNode node, string source, string baseFolder)
    {
        if (node is not YamlMappingNode map)
        {
            throw new MailConfigException($"{source} line {node.Start.Line}, smtp: expected fields ({string.Join(", ", Fields)})");
        }

        var values = new Dictionary<string, (string Value, string Where)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : string.Empty;
            if (!Fields.Contains(key, StringComparer.Ordinal))
            {
                throw new MailConfigException($"{source} line {keyNode.Start.Line}: unknown field 'smtp.{key}' (expected one of {string.Join(", ", Fields)})");
            }

            var where = $"{source} line {value.Start.Line}, smtp.{key}";
            values[key] = value is YamlScalarNode { Value: { Length: > 0 } v } ? (v.Trim(), where) : throw new MailConfigException($"{where}: expected a single value");
        }

        var at = $"{source} line {node.Start.Line}, smtp";
        var host = values.TryGetValue("host", out var h) ? h.Value : throw new MailConfigException($"{at}: 'host' is required");
        var security = values.TryGetValue("security", out var s) ? Security(s.Value, s.Where) : SmtpSecurity.StartTls;
        var port = values.TryGetValue("port", out var p) ? (int)Number(p.Value, p.Where, 1, 65_535) : SmtpSettings.DefaultPort(security);
        var from = values.TryGetValue("from", out var f)
            ? MailboxAddress.TryParse(f.Value, out var address) && address.Address.Contains('@', StringComparison.Ordinal) ? address : throw new MailConfigException($"{f.Where}: '{f.Value}' is not an e-mail address")
            : throw new MailConfigException($"{at}: 'from' is required (the sender address, e.g. \"Vigie <vigie@example.org>\")");
        var user = values.TryGetValue("user", out var u) ? u.Value : null;
        var password = Password(values, baseFolder, at);
        if ((user is null) != (password is null))
        {
            throw new MailConfigException($"{at}: 'user' and 'password' (or 'password_file') go together");
        }

        return new SmtpSettings(host, port, security, user, password, from)
        {
            Attempts = values.TryGetValue("attempts", out var a) ? (int)Number(a.Value, a.Where, 1, 20) : 4,
            MaxBackoff = values.TryGetValue("max_backoff", out var b) ? TimeSpan.FromSeconds(Number(b.Value, b.Where, 1, 86_400)) : TimeSpan.FromMinutes(2),
            Timeout = values.TryGetValue("timeout", out var t) ? TimeSpan.FromSeconds(Number(t.Value, t.Where, 1, 600)) : TimeSpan.FromSeconds(30),
            Trust = Trust(values, baseFolder, at),
        };
    }

    /// <summary>`ca_file` (PEM authorities, relative to the configuration's folder) or `fingerprint` (SHA-256 of the server's certificate), not both.</summary>
    private static SmtpTrust Trust(Dictionary<string, (string Value, string Where)> values, string baseFolder, string at)
    {
        var hasFile = values.TryGetValue("ca_file", out var file);
        var hasPin = values.TryGetValue("fingerprint", out var pin);
        if (hasFile && hasPin)
        {
            throw new MailConfigException($"{at}: give 'ca_file' or 'fingerprint', not both");
        }

        if (hasPin)
        {
            var hex = pin.Value.Replace(":", "", StringComparison.Ordinal).ToLowerInvariant();
            return hex.Length == 64 && hex.All(char.IsAsciiHexDigit) ? new SmtpTrust(null, hex)
                : throw new MailConfigException($"{pin.Where}: '{pin.Value}' is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed: openssl x509 -noout -fingerprint -sha256)");
        }

        if (!hasFile)
        {
            return SmtpTrust.System;
        }

        var path = Path.GetFullPath(file.Value, baseFolder);
        var authorities = new X509Certificate2Collection();
        try
        {
            authorities.ImportFromPemFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new MailConfigException($"{file.Where}: cannot read {path}: {e.Message}");
        }

        return authorities.Count > 0 ? new SmtpTrust(authorities, null) : throw new MailConfigException($"{file.Where}: {path} holds no PEM certificate");
    }

    private static string? Password(Dictionary<string, (string Value, string Where)> values, string baseFolder, string at)
    {
        var hasText = values.TryGetValue("password", out var text);
        var hasFile = values.TryGetValue("password_file", out var file);
        if (hasText && hasFile)
        {
            throw new MailConfigException($"{at}: give 'password' or 'password_file', not both");
        }

        if (!hasFile)
        {
            return hasText ? text.Value : null;
        }

        var path = Path.GetFullPath(file.Value, baseFolder);
        try
        {
            // A secrets file usually ends with a newline the password does not contain.
            var secret = File.ReadAllText(path).TrimEnd('\r', '\n');
            return secret.Length > 0 ? secret : throw new MailConfigException($"{file.Where}: {path} is empty");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MailConfigException($"{file.Where}: cannot read {path}: {e.Message}");
        }
    }

    private static SmtpSecurity Security(string value, string where) => value switch
    {
        "none" => SmtpSecurity.None,
        "starttls" => SmtpSecurity.StartTls,
        "tls" => SmtpSecurity.Tls,
        _ => throw new MailConfigException($"{where}: '{value}' is not one of none, starttls, tls"),
    };

    private static double Number(string value, string where, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new MailConfigException($"{where}: '{value}' is not a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
}
