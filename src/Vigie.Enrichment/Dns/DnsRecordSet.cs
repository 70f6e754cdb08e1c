namespace Vigie.Enrichment.Dns;

/// <summary>
/// The records a sweep keeps for a name, each list sorted so that two sets compare equal exactly when the
/// records are the same (change tracking compares them run to run).
/// </summary>
internal sealed record DnsRecordSet
{
    public static DnsRecordSet Empty { get; } = new();

    public IReadOnlyList<string> Ns { get; init; } = [];

    public IReadOnlyList<string> Soa { get; init; } = [];

    public IReadOnlyList<string> A { get; init; } = [];

    public IReadOnlyList<string> Aaaa { get; init; } = [];

    public IReadOnlyList<string> Mx { get; init; } = [];

    public IReadOnlyList<string> Cname { get; init; } = [];

    public IReadOnlyList<string> Spf { get; init; } = [];

    public IReadOnlyList<string> Dmarc { get; init; } = [];

    public bool IsEmpty => Ns.Count + Soa.Count + A.Count + Aaaa.Count + Mx.Count + Cname.Count == 0;

    /// <summary>An address or a mail exchanger: the domain can serve a page or receive mail.</summary>
    public bool IsActive => A.Count + Aaaa.Count + Mx.Count > 0;

    public bool SameAs(DnsRecordSet other) =>
        Ns.SequenceEqual(other.Ns, StringComparer.Ordinal) && Soa.SequenceEqual(other.Soa, StringComparer.Ordinal)
        && A.SequenceEqual(other.A, StringComparer.Ordinal) && Aaaa.SequenceEqual(other.Aaaa, StringComparer.Ordinal)
        && Mx.SequenceEqual(other.Mx, StringComparer.Ordinal) && Cname.SequenceEqual(other.Cname, StringComparer.Ordinal)
        && Spf.SequenceEqual(other.Spf, StringComparer.Ordinal) && Dmarc.SequenceEqual(other.Dmarc, StringComparer.Ordinal);

    public static IReadOnlyList<string> Sorted(IEnumerable<string> values) =>
        [.. values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
