using System.Globalization;
using Vigie.Storage.Database;
using Vigie.Storage.Investigations;

namespace Vigie.Web.Cluster;

/// <summary>
/// What the JetStream queue keeps in the database: the job's row of investigation_jobs (which keeps discovery from
/// listing a queued finding again, and holds the attempts, the last error and the first start time), claimed by one
/// worker at a time. The claim makes a redelivered or duplicated message harmless: a finding whose verdict is newer than
/// when it was queued is a job already done, and a row another live worker holds waits.
/// </summary>
internal sealed class JobClaims(VigieDatabase database, TimeProvider time)
{
    /// <summary>The finding (@f) when its verdict time is still the one it was queued with (@v, empty for none).</summary>
    private const string StillDue = "FROM findings WHERE id = @f AND COALESCE(verdict_at, '') = @v";

    /// <summary>The finding's name and verdict time; null when the finding no longer exists.</summary>
    public async Task<(string Name, string? VerdictAt)?> FindingAsync(long findingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("SELECT name, verdict_at FROM findings WHERE id = @f").With("@f", findingId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
    }

    /// <summary>The findings still to investigate: those that exist with the verdict they had when queued.</summary>
    public async Task<List<QueuedFinding>> DueAsync(IReadOnlyList<QueuedFinding> findings, CancellationToken cancellationToken)
    {
        var due = new List<QueuedFinding>();
        foreach (var finding in findings)
        {
            if (await FindingAsync(finding.FindingId, cancellationToken) is { } stored && stored.VerdictAt == finding.VerdictAt)
            {
                due.Add(finding);
            }
        }

        return due;
    }

    /// <summary>
    /// Claims the job's row until now + <paramref name="lease"/>, creating it when the publisher died before storing it;
    /// null when another worker's claim still runs or the finding's verdict moved on meanwhile. The start time of an
    /// unfinished attempt is kept, so a redone job files its observations under the same time and stores them once.
    /// </summary>
    public async Task<InvestigationJob?> ClaimAsync(QueuedFinding finding, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var claim = connection.Command($"""
            INSERT INTO investigation_jobs (finding_id, reason, due_at, enqueued_at, claimed_until, started_at, attempts)
            SELECT id, @r, @now, @now, @until, @now, 1 {StillDue}
            ON CONFLICT (finding_id) DO UPDATE SET claimed_until = @until, started_at = COALESCE(investigation_jobs.started_at, @now), attempts = investigation_jobs.attempts + 1
            WHERE investigation_jobs.claimed_until IS NULL OR investigation_jobs.claimed_until < @now
            RETURNING finding_id, reason, attempts, started_at
            """).With("@f", finding.FindingId).With("@v", finding.VerdictAt ?? "").With("@r", finding.Reason)
            .With("@now", StoredTime.Format(now)).With("@until", StoredTime.Format(now + lease));
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new InvestigationJob(reader.GetInt64(0), reader.GetString(1), Convert.ToInt32(reader.GetInt64(2), CultureInfo.InvariantCulture), StoredTime.Parse(reader.GetString(3)))
            : null;
    }

    /// <summary>Stores the job's row, unclaimed, when it is missing (its publisher died before storing it), for the namesakes' claim to take.</summary>
    public async Task QueueAsync(QueuedFinding finding, CancellationToken cancellationToken)
    {
        var now = StoredTime.Format(time.GetUtcNow());
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var insert = connection.Command($"""
            INSERT INTO investigation_jobs (finding_id, reason, due_at, enqueued_at) SELECT id, @r, @now, @now {StillDue}
            ON CONFLICT (finding_id) DO NOTHING
            """).With("@f", finding.FindingId).With("@v", finding.VerdictAt ?? "").With("@r", finding.Reason).With("@now", now);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The error of the job's last failed attempt, if any.</summary>
    public async Task<string?> LastErrorAsync(long findingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("SELECT last_error FROM investigation_jobs WHERE finding_id = @f").With("@f", findingId);
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>
    /// The row of a dead-lettered job stays, unclaimed, with the reason: discovery leaves the finding alone until the
    /// dead letter is retried from the sources page or the row is deleted (README, "Running on several machines").
    /// </summary>
    public async Task BuryAsync(long findingId, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var update = connection.Command("UPDATE investigation_jobs SET claimed_until = NULL, started_at = NULL, last_error = @e WHERE finding_id = @f")
            .With("@e", error).With("@f", findingId);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A dead-lettered job retried from the sources page: its row starts again at its first attempt, without the error.</summary>
    public async Task UnburyAsync(long findingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var update = connection.Command("UPDATE investigation_jobs SET attempts = 0, last_error = NULL WHERE finding_id = @f").With("@f", findingId);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }
}
