namespace Vigie.Enrichment.Http;

/// <summary>
/// The certificate a TLS server presented, kept whether or not it validated (an observation, not trust).
/// <see cref="Organisation"/> is the subject's O= (RFC 5280 §4.1.2.6), present on organisation-validated certificates.
/// </summary>
internal sealed record TlsCertificateInfo(
    string Host,
    string Subject,
    string Issuer,
    string? Organisation,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    IReadOnlyList<string> Names,
    string Sha256,
    string ValidationErrors,
    byte[] Der);
