namespace Vigie.Alerts.Channels.Syslog;

/// <summary>RFC 5426 (UDP, one message per datagram), RFC 6587 (TCP) and RFC 5425 (TLS), the last two octet-counted.</summary>
internal enum SyslogTransport
{
    Udp,
    Tcp,
    Tls,
}
