using System.Globalization;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;

namespace Vigie.Storage.Investigations;

/// <summary>The DNS re-check state of findings (finding_checks): the last answer and the run of NXDOMAIN answers.</summary>
internal sealed class FindingCheckRepository(VigieDatabase database)
{
    /// <summary>
    /// Findings at or above the score not checked since <paramref name="before"/>, never checked first. Whatever their
    /// state: a name gone or taken down that is registered again must be noticed.
    /// </summary>
    public async Task<IReadOnlyList<FindingCheck>> ListDueAsync(int minScore, DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("""
            SELECT f.id, f.name, f.live, f.state, c.answer, c.nxdomain_streak FROM findings f LEFT JOIN finding_checks c ON c.finding_id = f.id
            WHERE f.score >= @min AND (c.checked_at IS NULL OR c.checked_at < @before)
            ORDER BY CASE WHEN c.checked_at IS NULL THEN 0 ELSE 1 END, c.checked_at, f.id
            LIMIT @limit
            """).With("@min", (long)minScore).With("@before", StoredTime.Format(before)).With("@limit", (long)limit);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var due = new List<FindingCheck>();
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(new FindingCheck(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2) == 1, StoredEnum<TriageState>.Parse(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? 0 : Convert.ToInt32(reader.GetInt64(5), CultureInfo.InvariantCulture)));
        }

        return due;
    }

    public async Task SaveAsync(long findingId, DateTimeOffset checkedAt, string answer, int nxdomainStreak, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var upsert = connection.Command("""
            INSERT INTO finding_checks (finding_id, checked_at, answer, nxdomain_streak) VALUES (@f, @at, @a, @n)
            ON CONFLICT (finding_id) DO UPDATE SET checked_at = excluded.checked_at, answer = excluded.answer, nxdomain_streak = excluded.nxdomain_streak
            """).With("@f", findingId).With("@at", StoredTime.Format(checkedAt)).With("@a", answer).With("@n", (long)nxdomainStreak);
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }
}
