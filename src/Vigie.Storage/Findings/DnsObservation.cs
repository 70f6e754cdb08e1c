using System.Text;
using System.Text.Json;
using Vigie.Enrichment.Dns;
using Vigie.Storage.Scans;

namespace Vigie.Storage.Findings;

/// <summary>
/// A name's DNS answer as an observation: {"status": "registered", "records": {"A": ["…"], …}}, written with
/// Utf8JsonWriter (no reflection: the CLI is Native AOT), and a summary line "registered: A 192.0.2.1, MX 10 mx.…".
/// </summary>
internal static class DnsObservation
{
    public static ObservationDraft Create(NameStatus status, DnsRecordSet records, DateTimeOffset observedAt)
    {
        var types = new (string Type, IReadOnlyList<string> Values)[]
        {
            ("NS", records.Ns), ("SOA", records.Soa), ("A", records.A), ("AAAA", records.Aaaa), ("MX", records.Mx),
            ("CNAME", records.Cname), ("SPF", records.Spf), ("DMARC", records.Dmarc),
        };
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", StatusText.Format(status));
            json.WriteStartObject("records");
            foreach (var (type, values) in types.Where(t => t.Values.Count > 0))
            {
                json.WriteStartArray(type);
                values.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        var shown = types.Where(t => t.Type is "A" or "AAAA" or "MX" or "CNAME").SelectMany(t => t.Values.Select(v => $"{t.Type} {v}")).ToList();
        var summary = StatusText.Format(status) + (shown.Count == 0 ? "" : ": " + string.Join(", ", shown));
        return new ObservationDraft(ObservationKind.Dns, observedAt, summary, Encoding.UTF8.GetString(buffer.ToArray()), []);
    }
}
