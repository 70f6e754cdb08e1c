using Vigie.Storage.Database;

namespace Vigie.Storage.Alerts;

/// <summary>Alert events in SQLite or PostgreSQL, with the same SQL for both.</summary>
internal sealed class AlertEventRepository(VigieDatabase database, TimeProvider time) : IAlertEventRepository
{
    public async Task<bool> PublishAsync(AlertEventDraft draft, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await AlertEventWriter.AddAsync(connection, null, draft, cancellationToken);
    }

    public async Task<IReadOnlyList<AlertEvent>> UnroutedAsync(int limit, CancellationToken cancellationToken)
    {
        var events = new List<AlertEvent>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("""
            SELECT id, kind, organisation_id, finding_id, event_key, detail, occurred_at FROM alert_events WHERE routed_at IS NULL ORDER BY id LIMIT @n
            """).With("@n", (long)limit);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new AlertEvent(reader.GetInt64(0), StoredEnum<AlertEventKind>.Parse(reader.GetString(1)),
                reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetInt64(3),
                reader.GetString(4), reader.GetString(5), StoredTime.Parse(reader.GetString(6))));
        }

        return events;
    }

    public async Task RouteAsync(AlertEvent alertEvent, IReadOnlyList<AlertDeliveryDraft> deliveries, CancellationToken cancellationToken)
    {
        var now = StoredTime.Format(time.GetUtcNow());
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = connection.Command("""
            INSERT INTO alert_deliveries (channel, event_id, finding_id, topic, alert, created_at, next_attempt_at) VALUES (@c, @e, @f, @t, @a, @at, @at)
            ON CONFLICT (channel, event_id) DO NOTHING
            """, transaction).With("@c", null).With("@e", alertEvent.Id).With("@f", alertEvent.FindingId)
            .With("@t", null).With("@a", null).With("@at", now))
        {
            foreach (var delivery in deliveries)
            {
                insert.Set("@c", delivery.Channel);
                insert.Set("@t", delivery.Topic);
                insert.Set("@a", delivery.Alert);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var routed = connection.Command("UPDATE alert_events SET routed_at = @at WHERE id = @id", transaction).With("@at", now).With("@id", alertEvent.Id))
        {
            await routed.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> SentRecentlyAsync(string channel, long findingId, string topic, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("""
            SELECT 1 FROM alert_deliveries WHERE channel = @c AND finding_id = @f AND topic = @t AND created_at >= @since LIMIT 1
            """).With("@c", channel).With("@f", findingId).With("@t", topic).With("@since", StoredTime.Format(since));
        return await select.ExecuteScalarAsync(cancellationToken) is not (null or DBNull);
    }

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var at = StoredTime.Format(before);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var deliveries = connection.Command("DELETE FROM alert_deliveries WHERE delivered_at IS NOT NULL AND delivered_at < @at", transaction).With("@at", at);
        var deleted = await deliveries.ExecuteNonQueryAsync(cancellationToken);
        await using var events = connection.Command("""
            DELETE FROM alert_events WHERE routed_at IS NOT NULL AND routed_at < @at AND NOT EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.event_id = alert_events.id)
            """, transaction).With("@at", at);
        deleted += await events.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}
