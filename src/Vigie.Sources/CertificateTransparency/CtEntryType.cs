namespace Vigie.Sources.CertificateTransparency;

/// <summary>LogEntryType, RFC 6962 §3.1.</summary>
internal enum CtEntryType : ushort
{
    X509 = 0,
    Precert = 1,
}
