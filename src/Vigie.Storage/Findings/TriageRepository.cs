using System.Globalization;
using Vigie.Storage.Database;

namespace Vigie.Storage.Findings;

/// <summary>Triage states and their history, changed together in one transaction.</summary>
internal sealed class TriageRepository(VigieDatabase database, TimeProvider time) : ITriageRepository
{
    public async Task<TriageEvent?> ChangeStateAsync(long findingId, TriageState to, Actor actor, string comment, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The UPDATE takes the row's write lock first, so two analysts changing one finding at once are told apart in order.
        await using var update = connection.Command("""
            UPDATE findings SET state_changed_at = CASE WHEN state = @to THEN state_changed_at ELSE @at END WHERE id = @f RETURNING state
            """, transaction).With("@to", StoredEnum<TriageState>.Format(to)).With("@at", StoredTime.Format(now)).With("@f", findingId);
        if (await update.ExecuteScalarAsync(cancellationToken) is not string from)
        {
            return null;
        }

        await using (var set = connection.Command("UPDATE findings SET state = @to WHERE id = @f", transaction)
            .With("@to", StoredEnum<TriageState>.Format(to)).With("@f", findingId))
        {
            await set.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = connection.Command("""
            INSERT INTO triage_events (finding_id, from_state, to_state, user_id, actor, comment, changed_at) VALUES (@f, @from, @to, @u, @a, @c, @at) RETURNING id
            """, transaction).With("@f", findingId).With("@from", from).With("@to", StoredEnum<TriageState>.Format(to))
            .With("@u", actor.UserId).With("@a", actor.Name).With("@c", comment.Trim()).With("@at", StoredTime.Format(now));
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return new TriageEvent(id, findingId, StoredEnum<TriageState>.Parse(from), to, actor.UserId, actor.Name, comment.Trim(), now);
    }

    public async Task<IReadOnlyList<TriageEvent>> HistoryAsync(long findingId, CancellationToken cancellationToken)
    {
        var events = new List<TriageEvent>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("""
            SELECT id, from_state, to_state, user_id, actor, comment, changed_at FROM triage_events WHERE finding_id = @f ORDER BY id
            """).With("@f", findingId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new TriageEvent(reader.GetInt64(0), findingId, StoredEnum<TriageState>.Parse(reader.GetString(1)),
                StoredEnum<TriageState>.Parse(reader.GetString(2)), reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.GetString(4),
                reader.GetString(5), StoredTime.Parse(reader.GetString(6))));
        }

        return events;
    }
}
