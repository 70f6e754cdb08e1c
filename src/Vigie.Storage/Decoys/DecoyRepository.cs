using System.Data.Common;
using System.Globalization;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;

namespace Vigie.Storage.Decoys;

/// <summary>Decoys in the store (<see cref="Migrations.DecoyTables"/>); plain SQL that SQLite and PostgreSQL both accept.</summary>
internal sealed class DecoyRepository(VigieDatabase database, TimeProvider time) : IDecoyRepository
{
    private const string Columns = """
        SELECT d.id, d.finding_id, d.username, d.password_hash, d.created_at, d.page, d.submitted_at, d.submission_status,
               (SELECT COUNT(*) FROM decoy_uses u WHERE u.decoy_id = d.id) FROM decoys d
        """;

    public async Task<Decoy?> AddAsync(DecoyDraft draft, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var insert = connection.Command("""
            INSERT INTO decoys (finding_id, username, password_hash, created_at) VALUES (@f, @u, @h, @at)
            ON CONFLICT (username) DO NOTHING RETURNING id
            """).With("@f", draft.FindingId).With("@u", draft.Username.ToLowerInvariant()).With("@h", draft.PasswordHash).With("@at", StoredTime.Format(draft.CreatedAt));
        return await insert.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull
            ? new Decoy(Convert.ToInt64(id, CultureInfo.InvariantCulture), draft.FindingId, draft.Username.ToLowerInvariant(), draft.PasswordHash, draft.CreatedAt, null, null, null, 0)
            : null;
    }

    public async Task<IReadOnlyList<Decoy>> ListAsync(long? findingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = findingId is { } f
            ? connection.Command(Columns + " WHERE d.finding_id = @f ORDER BY d.id").With("@f", f)
            : connection.Command(Columns + " ORDER BY d.id");
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        var decoys = new List<Decoy>();
        while (await rows.ReadAsync(cancellationToken))
        {
            decoys.Add(new Decoy(rows.GetInt64(0), rows.IsDBNull(1) ? null : rows.GetInt64(1), rows.GetString(2), rows.GetString(3),
                StoredTime.Parse(rows.GetString(4)), rows.IsDBNull(5) ? null : rows.GetString(5), StoredTime.ParseOrNull(rows.IsDBNull(6) ? null : rows.GetString(6)),
                rows.IsDBNull(7) ? null : rows.GetString(7), Convert.ToInt32(rows.GetValue(8), CultureInfo.InvariantCulture)));
        }

        return decoys;
    }

    public async Task RecordSubmissionAsync(DecoySubmission submission, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var update = connection.Command("""
            UPDATE decoys SET finding_id = @f, page = @p, submitted_at = @at, submission_status = @s WHERE id = @d
            """, transaction).With("@f", submission.FindingId).With("@p", submission.Page).With("@at", StoredTime.Format(submission.At))
            .With("@s", submission.Status).With("@d", submission.DecoyId))
        {
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await AddObservationAsync(connection, transaction, submission.FindingId, submission.Observation, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> RecordUseAsync(DecoyUse use, ObservationDraft? alert, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.Command("""
            INSERT INTO decoy_uses (decoy_id, source, event_key, attempted_at, source_address, user_agent, outcome, password_matched, recorded_at)
            VALUES (@d, @s, @k, @at, @ip, @ua, @o, @m, @now) ON CONFLICT (decoy_id, event_key) DO NOTHING RETURNING id
            """, transaction).With("@d", use.DecoyId).With("@s", use.Source).With("@k", use.EventKey).With("@at", StoredTime.Format(use.AttemptedAt))
            .With("@ip", use.SourceAddress).With("@ua", use.UserAgent).With("@o", use.Outcome)
            .With("@m", use.PasswordMatched is { } m ? (m ? 1L : 0L) : null).With("@now", StoredTime.Format(time.GetUtcNow()));
        if (await insert.ExecuteScalarAsync(cancellationToken) is null or DBNull)
        {
            return false;
        }

        await using (var finding = connection.Command("SELECT finding_id FROM decoys WHERE id = @d", transaction).With("@d", use.DecoyId))
        {
            if (alert is not null && await finding.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull)
            {
                await AddObservationAsync(connection, transaction, Convert.ToInt64(id, CultureInfo.InvariantCulture), alert, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<(DecoyUse Use, string Username)>> UsesAsync(long? findingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        const string sql = """
            SELECT u.decoy_id, u.source, u.event_key, u.attempted_at, u.source_address, u.user_agent, u.outcome, u.password_matched, d.username
            FROM decoy_uses u JOIN decoys d ON d.id = u.decoy_id
            """;
        await using var select = findingId is { } f
            ? connection.Command(sql + " WHERE d.finding_id = @f ORDER BY u.attempted_at DESC, u.id DESC").With("@f", f)
            : connection.Command(sql + " ORDER BY u.attempted_at DESC, u.id DESC");
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        var uses = new List<(DecoyUse, string)>();
        while (await rows.ReadAsync(cancellationToken))
        {
            uses.Add((new DecoyUse(rows.GetInt64(0), rows.GetString(1), rows.GetString(2), StoredTime.Parse(rows.GetString(3)),
                rows.IsDBNull(4) ? null : rows.GetString(4), rows.IsDBNull(5) ? null : rows.GetString(5), rows.GetString(6),
                rows.IsDBNull(7) ? null : rows.GetInt64(7) == 1), rows.GetString(8)));
        }

        return uses;
    }

    public async Task<LogPosition?> LogPositionAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("SELECT read_to, head_length, head_sha256 FROM decoy_log_positions WHERE source = @s").With("@s", source);
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        return await rows.ReadAsync(cancellationToken) ? new LogPosition(source, rows.GetInt64(0), checked((int)rows.GetInt64(1)), rows.GetString(2)) : null;
    }

    public async Task SaveLogPositionAsync(LogPosition position, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var upsert = connection.Command("""
            INSERT INTO decoy_log_positions (source, read_to, head_length, head_sha256, updated_at) VALUES (@s, @r, @l, @h, @at)
            ON CONFLICT (source) DO UPDATE SET read_to = excluded.read_to, head_length = excluded.head_length, head_sha256 = excluded.head_sha256, updated_at = excluded.updated_at
            """).With("@s", position.Source).With("@r", position.ReadTo).With("@l", (long)position.HeadLength).With("@h", position.HeadSha256)
            .With("@at", StoredTime.Format(time.GetUtcNow()));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Observations are unique per (finding, kind, time) to drop redeliveries; two different decoy events of one finding
    /// can share a log's second, so a clash moves this one on by a tick instead of losing it.
    /// </summary>
    private static async Task AddObservationAsync(DbConnection connection, DbTransaction transaction, long findingId, ObservationDraft observation, CancellationToken cancellationToken)
    {
        for (var tick = 0; tick < 1000; tick++)
        {
            if (await ObservationWriter.AddAsync(connection, transaction, findingId, observation with { ObservedAt = observation.ObservedAt.AddTicks(tick) }, cancellationToken) is not null)
            {
                return;
            }
        }
    }
}
