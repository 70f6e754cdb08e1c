using Vigie.Storage.Findings;

namespace Vigie.Storage.Investigations;

/// <summary>
/// Keeps an investigation in the findings store: on the organisation's finding of that name, or on a new one
/// reported by hand ("vigie investigate") when no source reported it yet.
/// </summary>
internal static class InvestigationFindings
{
    public static async Task SaveAsync(FindingsStore store, long organisationId, InvestigationResult result, CancellationToken cancellationToken)
    {
        var report = result.Report;
        var id = (await store.Findings.FindAsync(organisationId, report.Domain, cancellationToken))?.Id;
        if (id is null)
        {
            var match = report.Match;
            var manual = new FindingReport(organisationId, report.Domain, match?.Target ?? "", match?.Techniques ?? [], match?.Score ?? 0,
                match?.Explanation ?? "investigated by hand", SourceKind.Manual, "vigie investigate", report.StartedAt);
            id = (await store.Findings.RecordAsync([manual], cancellationToken))[0].FindingId;
        }

        await SaveToFindingAsync(store, id.Value, result, cancellationToken);
    }

    /// <summary>
    /// Every observation of the investigation in one transaction: a process killed while storing leaves all of them or
    /// none, and storing the same investigation again adds nothing (observations are unique per finding, kind and time).
    /// </summary>
    public static async Task SaveToFindingAsync(FindingsStore store, long findingId, InvestigationResult result, CancellationToken cancellationToken)
    {
        await using var connection = await store.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var observation in InvestigationObservations.Create(result.Report, result.Json, result.Evidence))
        {
            await ObservationWriter.AddAsync(connection, transaction, findingId, observation, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
