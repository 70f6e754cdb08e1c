using System.Globalization;
using System.Reflection;
using System.Text;

namespace Vigie.Alerts.Channels.Syslog;

/// <summary>
/// One alert as ArcSight Common Event Format (CEF:0|vendor|product|version|signature|name|severity|extension), the
/// line many SIEMs parse out of syslog. The real name goes in dhost, where a SIEM correlates it with DNS and proxy
/// logs; the defanged form in cs5. Escaping as the CEF specification asks: '\' and '|' in the header, '\', '=' and
/// line breaks in extension values.
/// </summary>
internal static class CefMessage
{
    private static readonly string Version = typeof(CefMessage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    public static string Format(Alert alert)
    {
        var text = new StringBuilder("CEF:0|Vigie|Vigie|").Append(Header(Version)).Append('|').Append(Header(alert.Kind)).Append('|')
            .Append(Header(alert.Title)).Append('|').Append(SyslogSeverity.Cef(alert.Kind)).Append('|');
        text.Append("rt=").Append(alert.OccurredAt.ToUnixTimeMilliseconds());
        Extension(text, "externalId", alert.EventId.ToString(CultureInfo.InvariantCulture));
        Extension(text, "dhost", alert.Name);
        Extension(text, "request", alert.Link);
        Extension(text, "msg", alert.Explanation ?? (alert.Detail.Length > 0 ? alert.Detail : null));
        Extension(text, "cs1Label", "target");
        Extension(text, "cs1", alert.Target);
        Extension(text, "cs2Label", "technique");
        Extension(text, "cs2", alert.Techniques.Count > 0 ? string.Join(",", alert.Techniques) : null);
        Extension(text, "cs3Label", "verdict");
        Extension(text, "cs3", alert.Verdict);
        Extension(text, "cs4Label", "organisation");
        Extension(text, "cs4", alert.Organisation);
        Extension(text, "cs5Label", "defanged");
        Extension(text, "cs5", alert.Defanged);
        Extension(text, "cn1Label", "score");
        Extension(text, "cn1", alert.Score?.ToString(CultureInfo.InvariantCulture));
        return text.ToString();
    }

    private static string Header(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static void Extension(StringBuilder text, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        text.Append(' ').Append(key).Append('=').Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("=", "\\=", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal));
    }
}
