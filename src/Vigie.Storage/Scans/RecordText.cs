using Vigie.Enrichment.Dns;

namespace Vigie.Storage.Scans;

/// <summary>
/// A record set as stored: one "TYPE data" line per record, types and data in a fixed order, so equal sets
/// store equal text in both databases without a JSON serializer.
/// </summary>
internal static class RecordText
{
    public static string Write(DnsRecordSet records) => string.Join('\n',
        Lines("NS", records.Ns).Concat(Lines("SOA", records.Soa)).Concat(Lines("A", records.A)).Concat(Lines("AAAA", records.Aaaa))
            .Concat(Lines("MX", records.Mx)).Concat(Lines("CNAME", records.Cname)).Concat(Lines("SPF", records.Spf)).Concat(Lines("DMARC", records.Dmarc)));

    public static DnsRecordSet Read(string text)
    {
        var byType = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', 2))
            .Where(parts => parts.Length == 2)
            .ToLookup(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        return new DnsRecordSet
        {
            Ns = DnsRecordSet.Sorted(byType["NS"]),
            Soa = DnsRecordSet.Sorted(byType["SOA"]),
            A = DnsRecordSet.Sorted(byType["A"]),
            Aaaa = DnsRecordSet.Sorted(byType["AAAA"]),
            Mx = DnsRecordSet.Sorted(byType["MX"]),
            Cname = DnsRecordSet.Sorted(byType["CNAME"]),
            Spf = DnsRecordSet.Sorted(byType["SPF"]),
            Dmarc = DnsRecordSet.Sorted(byType["DMARC"]),
        };
    }

    private static IEnumerable<string> Lines(string type, IReadOnlyList<string> values) => values.Select(v => $"{type} {v.Replace('\n', ' ')}");
}
