namespace Vigie.Sources.CertificateTransparency;

/// <summary>A verified tree head: an RFC 6962 STH or a static-ct-api checkpoint.</summary>
internal sealed record SignedTreeHead(long TreeSize, long TimestampMs, byte[] RootHash);
