using Vigie.Storage.Alerts;

namespace Vigie.Alerts.Delivery;

/// <summary>
/// How a channel's batch leaves, once it is due: sent from this process (<see cref="DirectBatchSender"/>), or, in a
/// cluster, handed to whichever web process is free through JetStream (issue 15). Returns once the attempt's outcome
/// (delivered, or failed with its next try) is recorded in the outbox.
/// </summary>
internal interface IBatchSender
{
    Task SendAsync(AlertDeliveryBatch batch, CancellationToken cancellationToken);
}
