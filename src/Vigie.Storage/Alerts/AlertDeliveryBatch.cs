namespace Vigie.Storage.Alerts;

/// <summary>
/// Alerts a channel sends in one message (one alert, or a digest of a burst). <paramref name="Id"/> is stable across
/// retries and restarts: the same batch is resent with the same id, which receivers use to drop a repeat
/// (the webhook's delivery id, Matrix's transaction id).
/// </summary>
internal sealed record AlertDeliveryBatch(long Id, int Attempts, DateTimeOffset NextAttemptAt, IReadOnlyList<AlertDelivery> Deliveries);
