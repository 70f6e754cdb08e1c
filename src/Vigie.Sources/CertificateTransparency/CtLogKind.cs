namespace Vigie.Sources.CertificateTransparency;

/// <summary>How a log is read: the RFC 6962 JSON API (get-sth, get-entries) or the static-ct-api tiles.</summary>
internal enum CtLogKind
{
    Rfc6962,
    Tiled,
}
