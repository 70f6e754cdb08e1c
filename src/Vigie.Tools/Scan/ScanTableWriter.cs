using Vigie.Storage.Scans;

namespace Vigie.Cli.Scan;

/// <summary>Aligned plain-text columns for people: the name, its status and change, addresses, mail and name servers.</summary>
internal sealed class ScanTableWriter : IScanWriter
{
    public async Task WriteAsync(TextWriter output, IReadOnlyList<ScanRow> rows, CancellationToken cancellationToken)
    {
        string[] header = ["NAME", "STATUS", "CHANGE", "FIRST SEEN", "A/AAAA", "MX", "NS", "NOTE"];
        var lines = rows.Select(row => new[]
        {
            row.Name, ScanText.Status(row), ScanText.Change(row), ScanText.Time(row.FirstSeen),
            string.Join(' ', row.Records.A.Concat(row.Records.Aaaa)), string.Join(' ', row.Records.Mx), string.Join(' ', row.Records.Ns),
            row.Reason ?? "",
        }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => lines.Max(l => l[i].Length)).ToArray();
        foreach (var line in lines)
        {
            await output.WriteLineAsync(string.Join("  ", line.Select((field, i) => field.PadRight(widths[i]))).TrimEnd());
        }
    }
}
