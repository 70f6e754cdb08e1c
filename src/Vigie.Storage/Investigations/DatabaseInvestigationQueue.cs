using System.Globalization;
using Vigie.Storage.Database;

namespace Vigie.Storage.Investigations;

/// <summary>
/// The investigation queue as rows of investigation_jobs, in the findings database (SQLite or PostgreSQL, same SQL):
/// it survives kill -9 with the store, and several `vigie serve` on one PostgreSQL share it (a claim is one
/// conditional UPDATE, so two workers never hold the same job).
/// </summary>
internal sealed class DatabaseInvestigationQueue(VigieDatabase database, TimeProvider time) : IInvestigationQueue
{
    public async Task EnqueueAsync(IReadOnlyList<InvestigationRequest> requests, CancellationToken cancellationToken)
    {
        if (requests.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.Command("""
            INSERT INTO investigation_jobs (finding_id, reason, due_at, enqueued_at) VALUES (@f, @r, @due, @now)
            ON CONFLICT (finding_id) DO UPDATE SET due_at = excluded.due_at, reason = excluded.reason
            WHERE excluded.due_at < investigation_jobs.due_at
            """, transaction).With("@f", null).With("@r", null).With("@due", null).With("@now", StoredTime.Format(time.GetUtcNow()));
        foreach (var request in requests)
        {
            insert.Set("@f", request.FindingId);
            insert.Set("@r", request.Reason);
            insert.Set("@due", StoredTime.Format(request.DueAt));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<InvestigationJob?> ClaimAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // The inner SELECT picks a candidate; the outer condition is checked again on the row itself, so a worker that
        // lost the race to the same row updates nothing and asks again.
        await using var claim = connection.Command("""
            UPDATE investigation_jobs SET claimed_until = @until, started_at = COALESCE(started_at, @now), attempts = attempts + 1
            WHERE finding_id = (SELECT finding_id FROM investigation_jobs WHERE due_at <= @now AND (claimed_until IS NULL OR claimed_until < @now)
                                ORDER BY due_at, finding_id LIMIT 1)
              AND (claimed_until IS NULL OR claimed_until < @now)
            RETURNING finding_id, reason, attempts, started_at
            """).With("@until", StoredTime.Format(now + lease)).With("@now", StoredTime.Format(now));
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Job(reader) : null;
    }

    public async Task<IReadOnlyList<InvestigationJob>> ClaimNamesakesAsync(InvestigationJob job, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var group = new List<InvestigationJob> { job };
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var claim = connection.Command("""
            UPDATE investigation_jobs SET claimed_until = @until, started_at = COALESCE(started_at, @start), attempts = attempts + 1
            WHERE finding_id IN (SELECT j.finding_id FROM investigation_jobs j JOIN findings f ON f.id = j.finding_id
                                 WHERE f.name = (SELECT name FROM findings WHERE id = @f) AND j.finding_id <> @f)
              AND (claimed_until IS NULL OR claimed_until < @now)
            RETURNING finding_id, reason, attempts, started_at
            """).With("@until", StoredTime.Format(now + lease)).With("@start", StoredTime.Format(job.StartedAt)).With("@f", job.FindingId).With("@now", StoredTime.Format(now)))
        {
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                group.Add(Job(reader));
            }
        }

        var start = group.Min(j => j.StartedAt);
        await using var align = connection.Command("UPDATE investigation_jobs SET started_at = @start WHERE finding_id = @f")
            .With("@start", StoredTime.Format(start)).With("@f", null);
        foreach (var member in group.Where(j => j.StartedAt != start))
        {
            align.Set("@f", member.FindingId);
            await align.ExecuteNonQueryAsync(cancellationToken);
        }

        return [.. group.Select(j => j with { StartedAt = start })];
    }

    public Task RenewAsync(InvestigationJob job, TimeSpan lease, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE investigation_jobs SET claimed_until = @until WHERE finding_id = @f",
            c => c.With("@until", StoredTime.Format(time.GetUtcNow() + lease)).With("@f", job.FindingId), cancellationToken);

    public Task CompleteAsync(InvestigationJob job, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM investigation_jobs WHERE finding_id = @f", c => c.With("@f", job.FindingId), cancellationToken);

    public Task RetryAsync(InvestigationJob job, string error, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE investigation_jobs SET due_at = @due, claimed_until = NULL, started_at = NULL, last_error = @e WHERE finding_id = @f",
            c => c.With("@due", StoredTime.Format(at)).With("@e", error).With("@f", job.FindingId), cancellationToken);

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var count = connection.Command("SELECT COUNT(*) FROM investigation_jobs");
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static InvestigationJob Job(System.Data.Common.DbDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), Convert.ToInt32(reader.GetInt64(2), CultureInfo.InvariantCulture), StoredTime.Parse(reader.GetString(3)));

    private async Task ExecuteAsync(string sql, Action<System.Data.Common.DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(sql);
        parameters(command);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
