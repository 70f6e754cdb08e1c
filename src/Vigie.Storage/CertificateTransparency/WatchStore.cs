using System.Data.Common;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Sources;

namespace Vigie.Storage.CertificateTransparency;

/// <summary>
/// The durable state of `vigie watch`: findings, unique by name, and each source's position. A batch's new
/// findings and the source's new position are written in one transaction, so a process killed at any point
/// either saved both or neither: on restart the batch is read again and its findings, already stored or
/// not, come out exactly once. With an organisation, the same transaction also records the batch's findings
/// in the findings store (docs/findings.md) and the source's status. The tables are migration steps 3, 5 and 6.
/// </summary>
internal sealed class WatchStore(VigieDatabase database, long? organisationId = null)
{
    public async Task<Dictionary<string, SourcePosition>> LoadPositionsAsync(CancellationToken cancel)
    {
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        await using var connection = await database.OpenConnectionAsync(cancel);
        await using var select = connection.Command("SELECT source_id, label, next_index, size, updated_at FROM watch_positions");
        await using var reader = await select.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            var position = new SourcePosition(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), StoredTime.Parse(reader.GetString(4)));
            positions[position.SourceId] = position;
        }

        return positions;
    }

    /// <summary>Stores the batch's findings and the source's position together; returns the findings that were new.</summary>
    public async Task<List<WatchFinding>> SaveBatchAsync(SourcePosition position, IReadOnlyList<WatchFinding> findings, CancellationToken cancel)
    {
        var fresh = new List<WatchFinding>();
        await using var connection = await database.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        if (findings.Count > 0)
        {
            await using var insert = connection.Command("""
                INSERT INTO watch_findings (name, target, techniques, score, explanation, source, found_at)
                VALUES (@n, @t, @q, @s, @e, @src, @at) ON CONFLICT (name) DO NOTHING
                """, transaction).With("@n", null).With("@t", null).With("@q", null).With("@s", null).With("@e", null).With("@src", null).With("@at", null);
            foreach (var finding in findings)
            {
                insert.Set("@n", finding.Name);
                insert.Set("@t", finding.Target);
                insert.Set("@q", finding.Techniques);
                insert.Set("@s", (long)finding.Score);
                insert.Set("@e", finding.Explanation);
                insert.Set("@src", finding.Source);
                insert.Set("@at", StoredTime.Format(finding.FoundAt));
                if (await insert.ExecuteNonQueryAsync(cancel) == 1)
                {
                    fresh.Add(finding);
                }
            }
        }

        await using (var save = connection.Command("""
            INSERT INTO watch_positions (source_id, label, next_index, size, updated_at) VALUES (@id, @l, @n, @s, @at)
            ON CONFLICT (source_id) DO UPDATE SET label = excluded.label, next_index = excluded.next_index, size = excluded.size, updated_at = excluded.updated_at
            """, transaction))
        {
            await save.With("@id", position.SourceId).With("@l", position.Label).With("@n", position.Next).With("@s", position.Size)
                .With("@at", StoredTime.Format(position.UpdatedAt)).ExecuteNonQueryAsync(cancel);
        }

        if (organisationId is { } organisation)
        {
            await SaveFindingsAsync(connection, transaction, organisation, position, findings, cancel);
        }

        await transaction.CommitAsync(cancel);
        return fresh;
    }

    private static async Task SaveFindingsAsync(DbConnection connection, DbTransaction transaction, long organisation, SourcePosition position,
        IReadOnlyList<WatchFinding> findings, CancellationToken cancel)
    {
        var logId = position.SourceId.StartsWith("ct:", StringComparison.Ordinal) ? position.SourceId[3..] : null;
        await using (var writer = new FindingWriter(connection, transaction))
        {
            foreach (var finding in findings)
            {
                var (kind, detail) = WatchSourceText.Parse(finding.Source, logId);
                await writer.RecordAsync(new FindingReport(organisation, finding.Name, finding.Target, finding.Techniques.Split(',', StringSplitOptions.RemoveEmptyEntries),
                    finding.Score, finding.Explanation, kind, detail, finding.FoundAt), cancel);
            }
        }

        var progress = new SourceProgress(position.SourceId, logId is null ? SourceKind.Nrd : SourceKind.Ct, position.Label, position.Next, position.Size);
        await using var status = connection.Command(SourceStatusRepository.Upsert, transaction);
        await SourceStatusRepository.With(status, progress, position.UpdatedAt).ExecuteNonQueryAsync(cancel);
    }

    public async Task<List<WatchFinding>> LoadFindingsAsync(CancellationToken cancel)
    {
        var findings = new List<WatchFinding>();
        await using var connection = await database.OpenConnectionAsync(cancel);
        await using var select = connection.Command("SELECT name, target, techniques, score, explanation, source, found_at FROM watch_findings ORDER BY found_at, name");
        await using var reader = await select.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            findings.Add(new WatchFinding(reader.GetString(0), reader.GetString(1), reader.GetString(2), (int)reader.GetInt64(3),
                reader.GetString(4), reader.GetString(5), StoredTime.Parse(reader.GetString(6))));
        }

        return findings;
    }
}
