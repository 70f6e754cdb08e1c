namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// One log entry reduced to what the matcher and the verifier need: where it is in the log, when it was
/// logged, the DNS names of its certificate (CN then SAN dNSNames, normalised by <see cref="HostNames"/>)
/// and its RFC 6962 §2.1 leaf hash. A names tile gives neither the entry type nor the leaf hash (null, empty).
/// </summary>
internal sealed record CtEntry(long Index, long TimestampMs, CtEntryType? EntryType, IReadOnlyList<string> Names, byte[] LeafHash)
{
    /// <summary>
    /// Why the certificate gave no names (malformed DER), or null. The entry itself stays: its framing was
    /// sound, so its leaf hash and position count, and one bad certificate in a log never blocks the rest.
    /// </summary>
    public string? Problem { get; init; }
}
