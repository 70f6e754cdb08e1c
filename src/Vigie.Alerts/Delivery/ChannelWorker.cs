using Vigie.Alerts.Settings;
using Vigie.Storage.Alerts;

namespace Vigie.Alerts.Delivery;

/// <summary>
/// Works one channel's queue, on its own task: a dead or slow channel waits alone while the others deliver. Each due
/// batch goes to <paramref name="sender"/>, which returns once its outcome is in the outbox (<see cref="IBatchSender"/>).
/// </summary>
internal sealed class ChannelWorker(AlertChannelSettings settings, IBatchSender sender, IAlertDeliveryRepository deliveries, IAlertStatus status, TimeProvider time)
{
    private const int MaxBatch = 100;
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

        await sender.SendAsync(batch, cancellationToken);
    }
}
