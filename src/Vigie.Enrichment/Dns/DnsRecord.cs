namespace Vigie.Enrichment.Dns;

/// <summary>
/// One resource record, its data in presentation form: "192.0.2.1", "10 mx.example.com",
/// "ns1.example.com hostmaster.example.com 2024010101 …" for SOA, the joined strings for TXT.
/// </summary>
internal sealed record DnsRecord(string Name, DnsRecordType Type, uint Ttl, string Data);
