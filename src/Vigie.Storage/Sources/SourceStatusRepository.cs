using System.Data.Common;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;

namespace Vigie.Storage.Sources;

/// <summary>Source status rows, one per source id, upserted.</summary>
internal sealed class SourceStatusRepository(VigieDatabase database, TimeProvider time) : ISourceStatusRepository
{
    internal const string Upsert = """
        INSERT INTO source_status (source_id, kind, label, organisation_id, position, size, last_success_at, next_run_at, updated_at)
        VALUES (@id, @k, @l, @o, @p, @s, @at, @next, @at)
        ON CONFLICT (source_id) DO UPDATE SET kind = excluded.kind, label = excluded.label, organisation_id = excluded.organisation_id,
            position = excluded.position, size = excluded.size, last_success_at = excluded.last_success_at, next_run_at = excluded.next_run_at,
            updated_at = excluded.updated_at
        """;

    public async Task ReportSuccessAsync(SourceProgress progress, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var upsert = connection.Command(Upsert);
        await With(upsert, progress, time.GetUtcNow()).ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Fills <see cref="Upsert"/>'s parameters: shared with writers that save a position in their own transaction.</summary>
    internal static DbCommand With(DbCommand command, SourceProgress progress, DateTimeOffset now) =>
        command.With("@id", progress.SourceId).With("@k", StoredEnum<SourceKind>.Format(progress.Kind)).With("@l", progress.Label)
            .With("@o", progress.OrganisationId).With("@p", progress.Position).With("@s", progress.Size)
            .With("@at", StoredTime.Format(now)).With("@next", StoredTime.Format(progress.NextRunAt));

    public async Task ReportErrorAsync(string sourceId, SourceKind kind, string label, string error, DateTimeOffset? nextRunAt, CancellationToken cancellationToken)
    {
        var line = error.ReplaceLineEndings(" ").Trim();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var upsert = connection.Command("""
            INSERT INTO source_status (source_id, kind, label, last_error, last_error_at, next_run_at, updated_at) VALUES (@id, @k, @l, @e, @at, @next, @at)
            ON CONFLICT (source_id) DO UPDATE SET last_error = excluded.last_error, last_error_at = excluded.last_error_at,
                next_run_at = excluded.next_run_at, updated_at = excluded.updated_at
            """).With("@id", sourceId).With("@k", StoredEnum<SourceKind>.Format(kind)).With("@l", label).With("@e", line.Length > 1000 ? line[..1000] : line)
            .With("@at", StoredTime.Format(time.GetUtcNow())).With("@next", StoredTime.Format(nextRunAt));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SourceStatus>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = new List<SourceStatus>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("""
            SELECT source_id, kind, label, organisation_id, position, size, last_success_at, last_error, last_error_at, next_run_at, updated_at
            FROM source_status ORDER BY kind, label, source_id
            """);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new SourceStatus(reader.GetString(0), StoredEnum<SourceKind>.Parse(reader.GetString(1)), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5),
                StoredTime.ParseOrNull(reader.IsDBNull(6) ? null : reader.GetString(6)), reader.IsDBNull(7) ? null : reader.GetString(7),
                StoredTime.ParseOrNull(reader.IsDBNull(8) ? null : reader.GetString(8)), StoredTime.ParseOrNull(reader.IsDBNull(9) ? null : reader.GetString(9)),
                StoredTime.Parse(reader.GetString(10))));
        }

        return rows;
    }
}
