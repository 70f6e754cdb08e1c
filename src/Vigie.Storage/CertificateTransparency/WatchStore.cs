using System.Globalization;
using Vigie.Storage.Database;

namespace Vigie.Storage.CertificateTransparency;

/// <summary>
/// The durable state of `vigie watch`: findings, unique by name, and each source's position. A batch's new
/// findings and the source's new position are written in one transaction, so a process killed at any point
/// either saved both or neither: on restart the batch is read again and its findings, already stored or
/// not, come out exactly once. Tables are created here with IF NOT EXISTS (they share the database file
/// with the other commands, outside the numbered migrations).
/// </summary>
internal sealed class WatchStore(VigieDatabase database)
{
    private const string Tables = """
        CREATE TABLE IF NOT EXISTS watch_positions (
            source_id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            next_index BIGINT NOT NULL,
            size BIGINT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS watch_findings (
            name TEXT PRIMARY KEY,
            target TEXT NOT NULL,
            techniques TEXT NOT NULL,
            score BIGINT NOT NULL,
            explanation TEXT NOT NULL,
            source TEXT NOT NULL,
            found_at TEXT NOT NULL
        );
        """;

    public async Task EnsureSchemaAsync(CancellationToken cancel)
    {
        await using var connection = await database.OpenConnectionAsync(cancel);
        await using var create = connection.Command(Tables);
        await create.ExecuteNonQueryAsync(cancel);
    }

    public async Task<Dictionary<string, SourcePosition>> LoadPositionsAsync(CancellationToken cancel)
    {
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        await using var connection = await database.OpenConnectionAsync(cancel);
        await using var select = connection.Command("SELECT source_id, label, next_index, size, updated_at FROM watch_positions");
        await using var reader = await select.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            var position = new SourcePosition(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), ParseTime(reader.GetString(4)));
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
                insert.Set("@at", FormatTime(finding.FoundAt));
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
                .With("@at", FormatTime(position.UpdatedAt)).ExecuteNonQueryAsync(cancel);
        }

        await transaction.CommitAsync(cancel);
        return fresh;
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
                reader.GetString(4), reader.GetString(5), ParseTime(reader.GetString(6))));
        }

        return findings;
    }

    private static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
