using Vigie.Storage.Scans;

namespace Vigie.Cli.Scan;

/// <summary>Prints scan rows in one format; writers hold no logic beyond formatting.</summary>
internal interface IScanWriter
{
    Task WriteAsync(TextWriter output, IReadOnlyList<ScanRow> rows, CancellationToken cancellationToken);
}
