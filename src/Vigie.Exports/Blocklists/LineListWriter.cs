using System.Text;

namespace Vigie.Exports.Blocklists;

/// <summary>
/// A text list: comment lines, then each finding's lines, each ASCII name (punycode) once even when several
/// organisations have it. Resolvers and filters read names, never the Unicode form people see.
/// </summary>
internal sealed class LineListWriter(IReadOnlyList<string> header, Func<string, IEnumerable<string>> lines) : IExportWriter
{
    public async Task WriteAsync(IAsyncEnumerable<ExportedFinding> findings, Stream output, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        foreach (var line in header)
        {
            await text.WriteLineAsync(line);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in findings.WithCancellation(cancellationToken))
        {
            if (!seen.Add(item.Finding.Name))
            {
                continue;
            }

            foreach (var line in lines(item.Finding.Name))
            {
                await text.WriteLineAsync(line);
            }
        }

        await text.FlushAsync(cancellationToken);
    }
}
