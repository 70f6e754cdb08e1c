namespace Vigie.Alerts.Channels.Syslog;

/// <summary>How grave each kind of alert is, on the RFC 5424 §6.2.1 scale (0 emergency … 7 debug) and CEF's 0–10.</summary>
internal static class SyslogSeverity
{
    public static int Syslog(string kind) => kind switch
    {
        "decoy_used" => 2, // critical: someone holds credentials harvested by a phishing page
        "verdict" or "source_failing" => 3, // error
        _ => 4, // warning
    };

    public static int Cef(string kind) => kind switch
    {
        "decoy_used" => 10,
        "verdict" => 8,
        "went_live" => 6,
        _ => 5,
    };
}
