using Vigie.Alerts.Channels;
using Vigie.Alerts.Settings;
using Vigie.Storage.Alerts;

namespace Vigie.Alerts.Delivery;

/// <summary>
/// Sends a batch on its channel from this process. The batch is marked delivered only once the receiver took it; a
/// failure keeps it, with its attempt count and next try, in the outbox, so that it goes out once the channel is back —
/// after a restart too — and only once.
/// </summary>
internal sealed class DirectBatchSender(AlertChannelSettings settings, IAlertChannel channel, IAlertDeliveryRepository deliveries, IAlertStatus status, TimeProvider time)
    : IBatchSender
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(AlertDeliveryBatch batch, CancellationToken cancellationToken)
    {
        var message = new AlertMessage(batch.Id, [.. batch.Deliveries.Select(d => AlertJson.Read(d.Alert))]);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(SendTimeout);
            await channel.SendAsync(message, timeout.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            var next = time.GetUtcNow() + settings.Delivery.RetryDelay(batch.Attempts + 1);
            await deliveries.FailedAsync(settings.Name, batch.Id, Describe(e), next, CancellationToken.None);
            status.Report(Part, Describe(e), next);
            return;
        }

        // Not cancellable: the receiver has the message, so the outbox must say so even while stopping.
        await deliveries.DeliveredAsync(settings.Name, batch.Id, time.GetUtcNow(), CancellationToken.None);
        status.Report(Part, null, null);
    }

    private string Part => "alerts " + settings.Name;

    private static string Describe(Exception e) => e switch
    {
        OperationCanceledException => $"no answer within {SendTimeout.TotalSeconds} s",
        _ when e.InnerException is { } inner => $"{e.Message} ({inner.Message})",
        _ => e.Message,
    };
}
