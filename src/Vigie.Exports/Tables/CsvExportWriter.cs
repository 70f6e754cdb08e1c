using System.Globalization;
using System.Text;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;

namespace Vigie.Exports.Tables;

/// <summary>RFC 4180 CSV with a header; lists (techniques, addresses, URLs) joined by ";" inside one field.</summary>
internal sealed class CsvExportWriter : IExportWriter
{
    public const string Header = "organisation,name,unicode,target,techniques,score,explanation,state,first_seen,last_seen,live,verdict,risk_score,addresses,urls";

    public async Task WriteAsync(IAsyncEnumerable<ExportedFinding> findings, Stream output, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await text.WriteLineAsync(Header);
        await foreach (var item in findings.WithCancellation(cancellationToken))
        {
            var f = item.Finding;
            await text.WriteLineAsync(string.Join(',',
                Quote(item.Organisation.Slug), Quote(f.Name), Quote(f.Unicode), Quote(f.Target), Quote(string.Join(';', f.Techniques)),
                f.Score.ToString(CultureInfo.InvariantCulture), Quote(f.Explanation), StoredEnum<TriageState>.Format(f.State),
                StoredTime.Format(f.FirstSeen), StoredTime.Format(f.LastSeen), f.Live ? "yes" : "no", Quote(f.Verdict ?? ""),
                f.RiskScore?.ToString(CultureInfo.InvariantCulture) ?? "", Quote(string.Join(';', item.Addresses)), Quote(string.Join(';', item.Urls))));
        }

        await text.FlushAsync(cancellationToken);
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
