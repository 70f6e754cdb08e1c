namespace Vigie.Enrichment.Dns;

/// <summary>The record types a sweep asks for (RFC 1035 §3.2.2, RFC 3596 for AAAA).</summary>
internal enum DnsRecordType : ushort
{
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    MX = 15,
    TXT = 16,
    AAAA = 28,
}
