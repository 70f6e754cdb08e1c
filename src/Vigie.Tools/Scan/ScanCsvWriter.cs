using Vigie.Storage.Scans;

namespace Vigie.Cli.Scan;

/// <summary>RFC 4180 CSV with a header; multi-valued fields joined with ";".</summary>
internal sealed class ScanCsvWriter : IScanWriter
{
    public async Task WriteAsync(TextWriter output, IReadOnlyList<ScanRow> rows, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("name,status,change,first_seen,last_seen,ns,soa,a,aaaa,mx,cname,spf,dmarc,reason,techniques");
        foreach (var row in rows)
        {
            var r = row.Records;
            string[] fields =
            [
                row.Name, ScanText.Status(row), ScanText.Change(row), ScanText.Time(row.FirstSeen), ScanText.Time(row.LastSeen),
                ScanText.Join(r.Ns), ScanText.Join(r.Soa), ScanText.Join(r.A), ScanText.Join(r.Aaaa), ScanText.Join(r.Mx),
                ScanText.Join(r.Cname), ScanText.Join(r.Spf), ScanText.Join(r.Dmarc), row.Reason ?? "", ScanText.Join(row.Techniques),
            ];
            await output.WriteLineAsync(string.Join(',', fields.Select(Quote)));
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
