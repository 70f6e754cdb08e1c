using System.Text.Json;
using Vigie.Storage.Scans;

namespace Vigie.Cli.Scan;

/// <summary>One JSON array of rows, field names as in the CSV header.</summary>
internal sealed class ScanJsonWriter : IScanWriter
{
    public async Task WriteAsync(TextWriter output, IReadOnlyList<ScanRow> rows, CancellationToken cancellationToken)
    {
        var json = rows.Select(row => new ScanJsonRow(
            row.Name, ScanText.Status(row), row.Change is null ? null : ScanText.Change(row),
            row.FirstSeen is null ? null : ScanText.Time(row.FirstSeen), row.LastSeen is null ? null : ScanText.Time(row.LastSeen),
            new ScanJsonRecords(row.Records.Ns, row.Records.Soa, row.Records.A, row.Records.Aaaa, row.Records.Mx, row.Records.Cname, row.Records.Spf, row.Records.Dmarc),
            row.Reason, row.Techniques)).ToList();
        await output.WriteLineAsync(JsonSerializer.Serialize(json, ScanJsonContext.Default.ListScanJsonRow));
    }
}
