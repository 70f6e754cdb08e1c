using Vigie.Storage.Findings;

namespace Vigie.Storage.Sources;

/// <summary>The status of every source, written by the sources as they work and read by the sources page.</summary>
internal interface ISourceStatusRepository
{
    Task ReportSuccessAsync(SourceProgress progress, CancellationToken cancellationToken);

    /// <summary>Records a failure (one line) without touching the position; the row is created if the source never succeeded.</summary>
    Task ReportErrorAsync(string sourceId, SourceKind kind, string label, string error, DateTimeOffset? nextRunAt, CancellationToken cancellationToken);

    /// <summary>Every source, by kind then label.</summary>
    Task<IReadOnlyList<SourceStatus>> ListAsync(CancellationToken cancellationToken);
}
