using System.Data.Common;
using System.Globalization;
using Vigie.Storage.Database;

namespace Vigie.Storage.Alerts;

/// <summary>Per-channel alert queues in SQLite or PostgreSQL. One dispatcher works a database at a time (it holds the "alerts" lock).</summary>
internal sealed class AlertDeliveryRepository(VigieDatabase database) : IAlertDeliveryRepository
{
    private const string Columns = "id, channel, event_id, alert, created_at, attempts, next_attempt_at";

    public async Task<AlertDeliveryBatch?> NextBatchAsync(string channel, int digestAfter, int maxBatch, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var open = connection.Command("SELECT MIN(batch_id) FROM alert_deliveries WHERE channel = @c AND delivered_at IS NULL AND batch_id IS NOT NULL", transaction)
            .With("@c", channel);
        if (await open.ExecuteScalarAsync(cancellationToken) is not (null or DBNull) and var tried)
        {
            return await ReadBatchAsync(connection, transaction, channel, Convert.ToInt64(tried, CultureInfo.InvariantCulture), cancellationToken);
        }

        await using var waiting = connection.Command("""
            SELECT id FROM alert_deliveries WHERE channel = @c AND delivered_at IS NULL AND batch_id IS NULL ORDER BY id LIMIT @n
            """, transaction).With("@c", channel).With("@n", (long)Math.Max(1, maxBatch));
        var ids = new List<long>();
        await using (var reader = await waiting.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        if (ids.Count == 0)
        {
            return null;
        }

        // A burst becomes one digest; a lone alert goes out alone (README, "Alerts", "Bursts").
        var last = digestAfter > 0 && ids.Count > digestAfter ? ids[^1] : ids[0];
        await using (var claim = connection.Command("""
            UPDATE alert_deliveries SET batch_id = @b WHERE channel = @c AND delivered_at IS NULL AND batch_id IS NULL AND id >= @b AND id <= @last
            """, transaction).With("@b", ids[0]).With("@c", channel).With("@last", last))
        {
            await claim.ExecuteNonQueryAsync(cancellationToken);
        }

        var batch = await ReadBatchAsync(connection, transaction, channel, ids[0], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch;
    }

    public async Task DeliveredAsync(string channel, long batchId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var update = connection.Command("""
            UPDATE alert_deliveries SET delivered_at = @at, attempts = attempts + 1, last_error = NULL WHERE channel = @c AND batch_id = @b AND delivered_at IS NULL
            """).With("@at", StoredTime.Format(at)).With("@c", channel).With("@b", batchId);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task FailedAsync(string channel, long batchId, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        var line = error.ReplaceLineEndings(" ");
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var update = connection.Command("""
            UPDATE alert_deliveries SET attempts = attempts + 1, last_error = @e, next_attempt_at = @next WHERE channel = @c AND batch_id = @b AND delivered_at IS NULL
            """).With("@e", line.Length > 1000 ? line[..1000] : line).With("@next", StoredTime.Format(nextAttemptAt)).With("@c", channel).With("@b", batchId);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The batch's alerts not delivered yet, with its attempts so far; null when every one was delivered. A cluster's web
    /// processes read the batch a JetStream message names (Vigie.Web/Cluster), whichever process claimed it.
    /// </summary>
    public async Task<AlertDeliveryBatch?> BatchAsync(string channel, long batchId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = await ReadBatchAsync(connection, transaction, channel, batchId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Deliveries.Count > 0 ? batch : null;
    }

    public async Task<IReadOnlyDictionary<string, long>> PendingAsync(CancellationToken cancellationToken)
    {
        var pending = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("SELECT channel, COUNT(*) FROM alert_deliveries WHERE delivered_at IS NULL GROUP BY channel");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pending[reader.GetString(0)] = reader.GetInt64(1);
        }

        return pending;
    }

    private static async Task<AlertDeliveryBatch> ReadBatchAsync(DbConnection connection, DbTransaction transaction, string channel, long batchId, CancellationToken cancellationToken)
    {
        await using var select = connection.Command($"SELECT {Columns} FROM alert_deliveries WHERE channel = @c AND batch_id = @b AND delivered_at IS NULL ORDER BY id", transaction)
            .With("@c", channel).With("@b", batchId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var deliveries = new List<AlertDelivery>();
        var attempts = 0;
        var next = DateTimeOffset.MinValue;
        while (await reader.ReadAsync(cancellationToken))
        {
            deliveries.Add(new AlertDelivery(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), StoredTime.Parse(reader.GetString(4))));
            attempts = (int)reader.GetInt64(5);
            next = StoredTime.Parse(reader.GetString(6));
        }

        return new AlertDeliveryBatch(batchId, attempts, next, deliveries);
    }
}
