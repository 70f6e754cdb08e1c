using Vigie.Exports.Blocklists;
using Vigie.Exports.Misp;
using Vigie.Exports.Stix;
using Vigie.Exports.Tables;
using Vigie.Storage;
using Vigie.Storage.Evidence;

namespace Vigie.Exports;

/// <summary>
/// `vigie export` and GET /api/v1/exports: the findings of a filter in one format. Every format but MISP is one
/// stream; MISP is a feed (a folder, or its files one by one over HTTP). <paramref name="evidence"/> gives MISP events
/// their screenshot.
/// </summary>
internal sealed class Exporter(FindingsStore store, EvidenceStore? evidence, TimeProvider time)
{
    private readonly ExportReader reader = new(store);

    public Task<ExportSelection> SelectAsync(ExportFilter filter, CancellationToken cancellationToken) => reader.SelectAsync(filter, cancellationToken);

    public IAsyncEnumerable<ExportedFinding> ReadAsync(ExportSelection selection, CancellationToken cancellationToken) => reader.ReadAsync(selection, cancellationToken);

    public MispFeed Misp => new(evidence);

    /// <summary>The writer of a one-stream format; <paramref name="walledGarden"/> makes the RPZ rewrite to that host instead of NXDOMAIN.</summary>
    public IExportWriter Writer(ExportFormat format, string? walledGarden = null)
    {
        var now = time.GetUtcNow();
        return format switch
        {
            ExportFormat.Csv => new CsvExportWriter(),
            ExportFormat.Json => new JsonExportWriter(),
            ExportFormat.Stix => new StixBundleWriter(time),
            ExportFormat.Rpz => BlocklistWriters.Rpz(walledGarden, now),
            ExportFormat.Hosts => BlocklistWriters.Hosts(now),
            ExportFormat.Adblock => BlocklistWriters.Adblock(now),
            ExportFormat.Domains => BlocklistWriters.Domains(now),
            _ => throw new ExportException("misp is a feed: a folder of events with manifest.json and hashes.csv (--output DIR)"),
        };
    }

    /// <summary>Writes one format to <paramref name="output"/>; returns the number of findings written.</summary>
    public async Task<int> WriteAsync(ExportFormat format, ExportSelection selection, Stream output, string? walledGarden, CancellationToken cancellationToken)
    {
        var writer = Writer(format, walledGarden);
        var count = 0;
        await writer.WriteAsync(Counted(ReadAsync(selection, cancellationToken), () => count++), output, cancellationToken);
        return count;
    }

    private static async IAsyncEnumerable<ExportedFinding> Counted(IAsyncEnumerable<ExportedFinding> findings, Action counted)
    {
        await foreach (var item in findings)
        {
            counted();
            yield return item;
        }
    }
}
