namespace Vigie.Alerts.Channels.Syslog;

/// <summary>The message part: RFC 5424 with Vigie's structured data, or ArcSight CEF for SIEMs that parse it.</summary>
internal enum SyslogFormat
{
    Rfc5424,
    Cef,
}
