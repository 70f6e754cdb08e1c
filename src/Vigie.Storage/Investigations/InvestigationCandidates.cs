using Vigie.Storage.Database;
using Vigie.Storage.Findings;

namespace Vigie.Storage.Investigations;

/// <summary>
/// Which findings need an investigation, read from the findings themselves (so nothing is lost when the process dies
/// between a source storing a finding and the queue hearing of it): those at or above the score never investigated
/// (by `vigie serve` or the CLI: they have no verdict yet), and live ones whose latest verdict is older than the
/// re-check period. Findings already queued, gone or taken down are left out.
/// </summary>
internal sealed class InvestigationCandidates(VigieDatabase database)
{
    public async Task<IReadOnlyList<InvestigationRequest>> ListAsync(int minScore, DateTimeOffset staleBefore, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("""
            SELECT f.id, f.verdict_at FROM findings f
            WHERE f.score >= @min AND f.state NOT IN (@gone, @takenDown)
              AND (f.verdict_at IS NULL OR (f.live = 1 AND f.verdict_at < @stale))
              AND NOT EXISTS (SELECT 1 FROM investigation_jobs j WHERE j.finding_id = f.id)
            ORDER BY CASE WHEN f.verdict_at IS NULL THEN 0 ELSE 1 END, f.score DESC, f.id
            LIMIT @limit
            """).With("@min", (long)minScore).With("@gone", StoredEnum<TriageState>.Format(TriageState.Gone))
            .With("@takenDown", StoredEnum<TriageState>.Format(TriageState.TakenDown)).With("@stale", StoredTime.Format(staleBefore)).With("@limit", (long)limit);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var requests = new List<InvestigationRequest>();
        while (await reader.ReadAsync(cancellationToken))
        {
            requests.Add(new InvestigationRequest(reader.GetInt64(0), reader.IsDBNull(1) ? "new" : "re-check", now));
        }

        return requests;
    }
}
