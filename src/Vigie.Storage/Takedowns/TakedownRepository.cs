using System.Data.Common;
using System.Globalization;
using Vigie.Storage.Alerts;
using Vigie.Storage.Database;

namespace Vigie.Storage.Takedowns;

/// <summary>Takedown requests in the findings store; recipients are kept comma-separated (e-mail addresses have no commas).</summary>
internal sealed class TakedownRepository(VigieDatabase database, TimeProvider time) : ITakedownRepository
{
    private const string Columns = "t.id, t.finding_id, t.recipients, t.language, t.sent, t.actor, t.requested_at, t.follow_up_at";

    public async Task<TakedownRequest> AddAsync(long findingId, IReadOnlyList<string> recipients, string language, bool sent, string actor, DateTimeOffset followUpAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var insert = connection.Command("""
            INSERT INTO takedown_requests (finding_id, recipients, language, sent, actor, requested_at, follow_up_at)
            VALUES (@f, @r, @l, @s, @a, @at, @due) RETURNING id
            """).With("@f", findingId).With("@r", string.Join(',', recipients)).With("@l", language).With("@s", sent ? 1L : 0L)
            .With("@a", actor).With("@at", StoredTime.Format(now)).With("@due", StoredTime.Format(followUpAt));
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return new TakedownRequest(id, findingId, recipients, language, sent, actor, now, followUpAt);
    }

    public async Task<IReadOnlyList<TakedownRequest>> ListAsync(long findingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command($"SELECT {Columns} FROM takedown_requests t WHERE t.finding_id = @f ORDER BY t.id").With("@f", findingId);
        return await ReadAsync(select, cancellationToken);
    }

    public async Task<IReadOnlyList<TakedownRequest>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command($"""
            SELECT {Columns} FROM takedown_requests t JOIN findings f ON f.id = t.finding_id
            WHERE f.state = 'takedown_requested' AND t.follow_up_at <= @now
              AND t.id = (SELECT MAX(l.id) FROM takedown_requests l WHERE l.finding_id = t.finding_id)
            ORDER BY t.follow_up_at, t.id
            """).With("@now", StoredTime.Format(now));
        return await ReadAsync(select, cancellationToken);
    }

    public async Task<bool> RemindAsync(long requestId, DateTimeOffset dueAt, AlertEventDraft reminder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var due = StoredTime.Format(dueAt);
        await using var mark = connection.Command("UPDATE takedown_requests SET reminded_for = @due WHERE id = @id AND (reminded_for IS NULL OR reminded_for < @due)", transaction)
            .With("@due", due).With("@id", requestId);
        if (await mark.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            return false;
        }

        await AlertEventWriter.AddAsync(connection, transaction, reminder, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<IReadOnlyList<TakedownRequest>> ReadAsync(DbCommand select, CancellationToken cancellationToken)
    {
        var requests = new List<TakedownRequest>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            requests.Add(new TakedownRequest(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2).Split(',', StringSplitOptions.RemoveEmptyEntries),
                reader.GetString(3), reader.GetInt64(4) == 1, reader.GetString(5), StoredTime.Parse(reader.GetString(6)), StoredTime.Parse(reader.GetString(7))));
        }

        return requests;
    }
}
