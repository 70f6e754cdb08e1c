using MimeKit;

namespace Vigie.Mail;

/// <summary>
/// The `smtp:` section of the serve configuration (README, "E-mail"): the server every e-mail of Vigie goes through,
/// how to reach it, the sender address, and how hard to try. <paramref name="Password"/> is never printed (<see cref="Describe"/>).
/// </summary>
internal sealed record SmtpSettings(string Host, int Port, SmtpSecurity Security, string? User, string? Password, MailboxAddress From)
{
    /// <summary>Attempts per message, the first included, for failures that may pass (refused connection, 4xx, timeout).</summary>
    public int Attempts { get; init; } = 4;

    /// <summary>Wait before the second attempt; doubled at each further attempt up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Each network operation (connect, each command, the message data).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The server certificates accepted for STARTTLS or implicit TLS: by default those the system trusts.</summary>
    public SmtpTrust Trust { get; init; } = SmtpTrust.System;

    public static int DefaultPort(SmtpSecurity security) => security switch
    {
        SmtpSecurity.Tls => 465,
        SmtpSecurity.StartTls => 587,
        _ => 25,
    };

    /// <summary>The wait after failed attempt number <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan Backoff(int attempt)
    {
        var delay = FirstBackoff * Math.Pow(2, Math.Min(attempt - 1, 30));
        return delay < MaxBackoff ? delay : MaxBackoff;
    }

    /// <summary>One line for `--check-config` and logs, without the password.</summary>
    public string Describe() =>
        $"{Host}:{Port} ({Security switch { SmtpSecurity.Tls => "implicit TLS", SmtpSecurity.StartTls => "STARTTLS", _ => "no TLS" }})"
        + (Security == SmtpSecurity.None ? "" : Trust.Sha256Fingerprint is not null ? ", certificate pinned by fingerprint" : Trust.Authorities is not null ? ", certificate from the CA file" : ", certificate trusted by the system")
        + (User is null ? ", no authentication" : $", as {User}") + $", from {From}, {Attempts} attempts";
}
