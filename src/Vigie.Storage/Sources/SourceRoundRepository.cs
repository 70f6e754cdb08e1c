using Vigie.Storage.Database;

namespace Vigie.Storage.Sources;

/// <summary>Source rounds in SQLite or PostgreSQL, written in the same transaction as the source's status row.</summary>
internal sealed class SourceRoundRepository(VigieDatabase database, TimeProvider time) : ISourceRoundRepository
{
    public async Task<SourceRound?> GetAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("SELECT round, started_at, finished_at FROM source_rounds WHERE source_id = @id").With("@id", sourceId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SourceRound(sourceId, reader.GetString(0), StoredTime.Parse(reader.GetString(1)), StoredTime.ParseOrNull(reader.IsDBNull(2) ? null : reader.GetString(2)))
            : null;
    }

    public Task StartAsync(string round, SourceProgress progress, CancellationToken cancellationToken) =>
        WriteAsync(progress, """
            INSERT INTO source_rounds (source_id, round, started_at, finished_at) VALUES (@id, @r, @at, NULL)
            ON CONFLICT (source_id) DO UPDATE SET round = excluded.round, started_at = excluded.started_at, finished_at = NULL
            """, round, cancellationToken);

    public Task FinishAsync(SourceProgress progress, CancellationToken cancellationToken) =>
        WriteAsync(progress, "UPDATE source_rounds SET finished_at = @at WHERE source_id = @id", null, cancellationToken);

    private async Task WriteAsync(SourceProgress progress, string sql, string? round, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var write = connection.Command(sql, transaction).With("@id", progress.SourceId).With("@at", StoredTime.Format(now)))
        {
            if (round is not null)
            {
                write.With("@r", round);
            }

            await write.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var status = SourceStatusRepository.With(connection.Command(SourceStatusRepository.Upsert, transaction), progress, now))
        {
            await status.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
