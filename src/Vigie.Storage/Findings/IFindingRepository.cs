using Vigie.Storage.Sources;

namespace Vigie.Storage.Findings;

/// <summary>Findings: recorded from every source, read one by one or as the dashboard's list.</summary>
internal interface IFindingRepository
{
    /// <summary>
    /// Records the reports in one transaction, in order. Idempotent: a report delivered twice changes nothing the
    /// second time. A finding keeps its strongest match, its earliest first seen, its latest last seen and
    /// liveness, and every distinct source.
    /// </summary>
    Task<IReadOnlyList<FindingRecorded>> RecordAsync(IReadOnlyList<FindingReport> reports, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="RecordAsync(IReadOnlyList{FindingReport}, CancellationToken)"/>, and saves the source's position in
    /// the same transaction: a process killed at any point has stored both or neither, so a restart reads the batch again
    /// and its findings come out once (a CT log's batch).
    /// </summary>
    Task<IReadOnlyList<FindingRecorded>> RecordAsync(IReadOnlyList<FindingReport> reports, SourceProgress progress, CancellationToken cancellationToken);

    Task<Finding?> GetAsync(long id, CancellationToken cancellationToken);

    Task<Finding?> FindAsync(long organisationId, string name, CancellationToken cancellationToken);

    Task<FindingPage> ListAsync(FindingQuery query, CancellationToken cancellationToken);

    /// <summary>Every source that reported the finding, first reported first.</summary>
    Task<IReadOnlyList<FindingSource>> SourcesAsync(long findingId, CancellationToken cancellationToken);

    /// <summary>Whether the name answers now (a re-check), unless a later report already said otherwise.</summary>
    Task SetLiveAsync(long findingId, bool live, DateTimeOffset checkedAt, CancellationToken cancellationToken);
}
