namespace Vigie.Storage.Alerts;

/// <summary>An alert (JSON, as routed) waiting for one channel.</summary>
internal sealed record AlertDelivery(long Id, string Channel, long EventId, string Alert, DateTimeOffset CreatedAt);
