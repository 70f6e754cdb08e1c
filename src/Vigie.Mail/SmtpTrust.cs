using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Vigie.Mail;

/// <summary>
/// Which certificate the SMTP server may present, beyond the system's trusted authorities (the default, no callback):
/// one signed by the authorities of a CA file (a company's own CA; the name must still match the host), or exactly
/// the certificate whose SHA-256 fingerprint is configured (a self-signed relay). Nothing else is ever accepted.
/// </summary>
internal sealed record SmtpTrust(X509Certificate2Collection? Authorities, string? Sha256Fingerprint)
{
    public static readonly SmtpTrust System = new(null, null);

    public RemoteCertificateValidationCallback? Callback() => Sha256Fingerprint is { } pinned
        ? (_, certificate, _, _) => certificate is not null && Fingerprint(certificate) == pinned
        : Authorities is { } authorities
            ? (_, certificate, _, errors) => certificate is not null
                && (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0 && (errors & SslPolicyErrors.RemoteCertificateNotAvailable) == 0
                && ChainsTo(certificate, authorities)
            : null;

    /// <summary>"ab12…" in lower-case hexadecimal, as <c>openssl x509 -fingerprint -sha256</c> prints it without colons.</summary>
    public static string Fingerprint(X509Certificate certificate) => Convert.ToHexStringLower(SHA256.HashData(certificate.GetRawCertData()));

    private static bool ChainsTo(X509Certificate certificate, X509Certificate2Collection authorities)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        // A private CA publishes no revocation list as a rule; the CA file is what the administrator chose to trust.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }
}
