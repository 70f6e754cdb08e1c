using Vigie.Alerts.Channels;
using Vigie.Alerts.Settings;
using Vigie.Storage.Alerts;

namespace Vigie.Alerts.Delivery;

/// <summary>
/// Sends one channel's queue, on its own task: a dead or slow channel waits alone while the others deliver. A batch is
/// marked delivered only once the receiver took it; a failure keeps it, with its attempt count and next try, in the
/// outbox, so that it goes out once the channel is back — after a restart too — and only once.
/// </summary>
internal sealed class ChannelWorker(AlertChannelSettings settings, IAlertChannel channel, IAlertDeliveryRepository deliveries, IAlertStatus status, TimeProvider time)
{
    private const int MaxBatch = 100;
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StoreErrorWait = TimeSpan.FromSeconds(5);

    public WakeSignal Signal { get; } = new();

    public string Name => settings.Name;

    public async Task RunAsync(TimeSpan idle, CancellationToken cancellationToken)
    {
        var throttle = new Throttle(settings.Delivery.MaxPerMinute, time);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (throttle.Take() is var wait && wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                    continue;
                }

                await SendNextAsync(idle, throttle, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
            {
                status.Report(Part, $"outbox: {e.Message}", time.GetUtcNow() + StoreErrorWait);
                await Task.Delay(StoreErrorWait, time, cancellationToken);
            }
        }
    }

    private string Part => "alerts " + settings.Name;

    /// <summary>Sends one batch if one is due; otherwise waits (for the batch's next try, a wake, or the idle time) without using the throttle's token.</summary>
    private async Task SendNextAsync(TimeSpan idle, Throttle throttle, CancellationToken cancellationToken)
    {
        var batch = await deliveries.NextBatchAsync(settings.Name, settings.Delivery.DigestAfter, MaxBatch, cancellationToken);
        var now = time.GetUtcNow();
        if (batch is null || batch.NextAttemptAt > now)
        {
            throttle.Refund(); // nothing sent: the token taken for it goes back
            await Signal.WaitAsync(batch is null ? idle : batch.NextAttemptAt - now, time, cancellationToken);
            return;
        }

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

    private static string Describe(Exception e) => e switch
    {
        OperationCanceledException => $"no answer within {SendTimeout.TotalSeconds} s",
        _ when e.InnerException is { } inner => $"{e.Message} ({inner.Message})",
        _ => e.Message,
    };
}
