namespace Vigie.Storage.Alerts;

/// <summary>Each channel's queue of alerts, with the retry state that makes a restart lose and repeat nothing.</summary>
internal interface IAlertDeliveryRepository
{
    /// <summary>
    /// The batch the channel must send next, or null when nothing waits: the batch already tried if there is one
    /// (whatever its next attempt time), else a new one — every waiting alert in a digest when more than
    /// <paramref name="digestAfter"/> wait (0: never), else the oldest alone.
    /// </summary>
    Task<AlertDeliveryBatch?> NextBatchAsync(string channel, int digestAfter, int maxBatch, CancellationToken cancellationToken);

    Task DeliveredAsync(string channel, long batchId, DateTimeOffset at, CancellationToken cancellationToken);

    Task FailedAsync(string channel, long batchId, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>Alerts not delivered yet, per channel.</summary>
    Task<IReadOnlyDictionary<string, long>> PendingAsync(CancellationToken cancellationToken);
}
