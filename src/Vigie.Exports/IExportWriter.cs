namespace Vigie.Exports;

/// <summary>Writes findings to one stream in one format, reading them as they come (100,000 findings are never all in memory).</summary>
internal interface IExportWriter
{
    Task WriteAsync(IAsyncEnumerable<ExportedFinding> findings, Stream output, CancellationToken cancellationToken);
}
