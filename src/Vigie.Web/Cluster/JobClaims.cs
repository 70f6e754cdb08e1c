using System.Globalization;
using Vigie.Storage.Database;
using Vigie.Storage.Investigations;

namespace Vigie.Web.Cluster;

/// <summary>
/// What the JetStream queue keeps in the database: the job's row of investigation_jobs (which keeps discovery from
/// listing a queued finding again, and holds the attempts, the last error and the first start time), claimed by one
/// worker at a time. The claim makes a redelivered or duplicated message harmless: a copy whose finding has a newer
/// verdict than when it was queued is a job already done, and a copy whose row another live worker holds waits.
/// </summary>
internal sealed class JobClaims(VigieDatabase database, TimeProvider time)
{
    /// <summary>The finding's name and verdict time; null when the finding no longer exists.</summary>
    public async Task<(string Name, string? VerdictAt)?> FindingAsync(long findingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("SELECT name, verdict_at FROM findings WHERE id = @f").With("@f", findingId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
    }

    /// <summary>
    /// Claims the job's row until now + <paramref name="lease"/>, creating it when the publisher died before storing it;
    /// null when another worker's claim still runs. The start time of an unfinished attempt is kept, so a redone job
    /// files its observations under the same time and stores them once.
    /// </summary>
    public async Task<InvestigationJob?> ClaimAsync(InvestigationMessage message, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var claim = connection.Command("""
            INSERT INTO investigation_jobs (finding_id, reason, due_at, enqueued_at, claimed_until, started_at, attempts) VALUES (@f, @r, @now, @now, @until, @now, 1)
            ON CONFLICT (finding_id) DO UPDATE SET claimed_until = @until, started_at = COALESCE(investigation_jobs.started_at, @now), attempts = investigation_jobs.attempts + 1
            WHERE investigation_jobs.claimed_until IS NULL OR investigation_jobs.claimed_until < @now
            RETURNING finding_id, reason, attempts, started_at
            """).With("@f", message.FindingId).With("@r", message.Reason).With("@now", StoredTime.Format(now)).With("@until", StoredTime.Format(now + lease));
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new InvestigationJob(reader.GetInt64(0), reader.GetString(1), Convert.ToInt32(reader.GetInt64(2), CultureInfo.InvariantCulture), StoredTime.Parse(reader.GetString(3)))
            : null;
    }

    /// <summary>The error of the job's last failed attempt, if any.</summary>
    public async Task<string?> LastErrorAsync(long findingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("SELECT last_error FROM investigation_jobs WHERE finding_id = @f").With("@f", findingId);
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>
    /// The row of a dead-lettered job stays, unclaimed, with the reason: discovery leaves the finding alone until
    /// somebody deletes the row (README, "Running on several machines", dead letters).
    /// </summary>
    public async Task BuryAsync(long findingId, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var update = connection.Command("UPDATE investigation_jobs SET claimed_until = NULL, started_at = NULL, last_error = @e WHERE finding_id = @f")
            .With("@e", error).With("@f", findingId);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }
}
