using System.Globalization;
using System.Text;

namespace Vigie.Alerts.Channels.Syslog;

/// <summary>
/// One alert as an RFC 5424 message: "&lt;PRI&gt;1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD] MSG". The structured
/// data element is vigie@32473: 32473 is the enterprise number RFC 5612 reserves for documentation, used until Vigie
/// has its own. MSG starts with the UTF-8 BOM, as §6.4 asks of UTF-8 text.
/// </summary>
internal static class Rfc5424Message
{
    public const string StructuredDataId = "vigie@32473";

    public static string Format(Alert alert, int facility, string hostname, string message, bool structuredData)
    {
        var text = new StringBuilder();
        text.Append('<').Append((facility * 8) + SyslogSeverity.Syslog(alert.Kind)).Append(">1 ")
            .Append(alert.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)).Append(' ')
            .Append(Header(hostname, 255)).Append(" vigie ").Append(Environment.ProcessId).Append(' ').Append(Header(alert.Kind, 32)).Append(' ');
        if (structuredData)
        {
            text.Append('[').Append(StructuredDataId);
            Param(text, "event", alert.EventId.ToString(CultureInfo.InvariantCulture));
            Param(text, "organisation", alert.Organisation);
            Param(text, "name", alert.Name);
            Param(text, "defanged", alert.Defanged);
            Param(text, "target", alert.Target);
            Param(text, "technique", alert.Techniques.Count > 0 ? string.Join(",", alert.Techniques) : null);
            Param(text, "score", alert.Score?.ToString(CultureInfo.InvariantCulture));
            Param(text, "verdict", alert.Verdict);
            Param(text, "link", alert.Link);
            text.Append("] ");
        }
        else
        {
            text.Append("- ");
        }

        return text.Append('\uFEFF').Append(message).ToString();
    }

    /// <summary>Header fields are printable US-ASCII without spaces (§6.2), "-" when empty.</summary>
    private static string Header(string value, int max)
    {
        var clean = new string([.. value.Where(c => c is > ' ' and <= '~').Take(max)]);
        return clean.Length == 0 ? "-" : clean;
    }

    /// <summary>PARAM-VALUE escapes '"', '\' and ']' (§6.3.3).</summary>
    private static void Param(StringBuilder text, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        text.Append(' ').Append(name).Append("=\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\' or ']')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        text.Append('"');
    }
}
