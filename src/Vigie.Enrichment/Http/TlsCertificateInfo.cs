namespace Vigie.Enrichment.Http;

/// <summary>The certificate a TLS server presented, kept whether or not it validated (an observation, not trust).</summary>
internal sealed record TlsCertificateInfo(
    string Host,
    string Subject,
    string Issuer,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    IReadOnlyList<string> Names,
    string Sha256,
    string ValidationErrors,
    byte[] Der);
