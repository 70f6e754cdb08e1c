using System.Text.Encodings.Web;
using System.Text.Json;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;

namespace Vigie.Exports.Tables;

/// <summary>A JSON array of <see cref="ExportJson"/>, written as the findings come.</summary>
internal sealed class JsonExportWriter : IExportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task WriteAsync(IAsyncEnumerable<ExportedFinding> findings, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartArray();
        await foreach (var item in findings.WithCancellation(cancellationToken))
        {
            var f = item.Finding;
            JsonSerializer.Serialize(json, new ExportJson(item.Organisation.Slug, f.Name, f.Unicode, f.Target, f.Techniques, f.Score, f.Explanation,
                StoredEnum<TriageState>.Format(f.State), f.FirstSeen, f.LastSeen, f.Live, f.Verdict, f.RiskScore, item.Addresses, item.Urls),
                ExportJsonContext.Default.ExportJson);
            if (json.BytesPending > 64 * 1024)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }
}
