namespace Vigie.Mail;

/// <summary>How the connection to the SMTP server is protected.</summary>
internal enum SmtpSecurity
{
    /// <summary>Plain SMTP (RFC 5321), for a relay on the same machine or network only.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS (RFC 3207), required: the session fails rather than go on in clear. Submission port 587.</summary>
    StartTls,

    /// <summary>TLS from the first byte (implicit TLS, RFC 8314 §3.3). Submission port 465.</summary>
    Tls,
}
