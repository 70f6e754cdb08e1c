namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Consecutive entries of one log, starting at <paramref name="Start"/>, in log order; <paramref name="TreeSize"/>
/// is the verified tree size they were read under (lag = TreeSize − Next).
/// </summary>
internal sealed record CtBatch(CtLog Log, long Start, IReadOnlyList<CtEntry> Entries, long TreeSize)
{
    public long Next => Start + Entries.Count;
}
