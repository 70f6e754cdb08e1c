namespace Vigie.Enrichment.Dns;

/// <summary>What a random label under a parent resolves to: a wildcard's synthetic answers (RFC 4592).</summary>
internal sealed record WildcardProbe(bool Inconclusive, DnsRecordSet Synthetic)
{
    public bool IsWildcard => !Synthetic.IsEmpty;

    /// <summary>
    /// True when every record of <paramref name="records"/> is one the wildcard gives anyone. An SOA at the name is
    /// never synthesised (RFC 4592 §4.2: the SOA of a wildcard answer belongs to the enclosing zone), so it is a zone.
    /// </summary>
    public bool Explains(DnsRecordSet records) =>
        records.Soa.Count == 0 && records.Ns.All(Synthetic.Ns.Contains) && records.A.All(Synthetic.A.Contains) && records.Aaaa.All(Synthetic.Aaaa.Contains)
        && records.Mx.All(Synthetic.Mx.Contains) && records.Cname.All(Synthetic.Cname.Contains);
}
