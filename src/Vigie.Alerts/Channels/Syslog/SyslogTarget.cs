using System.Security.Cryptography.X509Certificates;

namespace Vigie.Alerts.Channels.Syslog;

/// <summary>
/// Where and how syslog messages go. <paramref name="TrustedCa"/>: the CA that signed the receiver's TLS certificate when
/// it is a private one (else the system's store decides); <paramref name="ServerName"/>: the name its certificate must
/// carry (default <paramref name="Host"/>).
/// </summary>
internal sealed record SyslogTarget(
    string Host,
    int Port,
    SyslogTransport Transport,
    SyslogFormat Format,
    int Facility,
    X509Certificate2Collection? TrustedCa = null,
    string? ServerName = null);
