namespace Vigie.Storage.CertificateTransparency;

/// <summary>How far a source has been read: the next CT entry index (or line, for a list), and the size last seen.</summary>
internal sealed record SourcePosition(string SourceId, string Label, long Next, long Size, DateTimeOffset UpdatedAt);
