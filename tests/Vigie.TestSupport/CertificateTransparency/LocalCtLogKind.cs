namespace Vigie.TestSupport.CertificateTransparency;

/// <summary>The API the local CT log speaks.</summary>
public enum LocalCtLogKind
{
    Rfc6962,
    Tiled,
}
