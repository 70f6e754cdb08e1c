using System.Text.Json;
using NATS.Client.JetStream;
using Vigie.Alerts.Delivery;
using Vigie.Storage.Alerts;
using Vigie.Web.Pipeline;

namespace Vigie.Web.Cluster;

/// <summary>
/// The alert dispatcher's side of the alert queue (issue 15): a channel's due batch is published for whichever web
/// process is free (<see cref="JetStreamAlertWorker"/>), and the channel's worker waits until that attempt's outcome is
/// in the outbox, as it waits for a channel when it sends itself, so its throttle and retry times hold as on one machine.
/// </summary>
internal sealed class JetStreamAlertPublisher(INatsJSContext js, NatsSettings nats, string channel, AlertDeliveryRepository deliveries, IAlertStatus status, TimeProvider time)
    : IBatchSender
{
    private static readonly TimeSpan Look = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(1);

    public async Task SendAsync(AlertDeliveryBatch batch, CancellationToken cancellationToken)
    {
        var message = new AlertBatchMessage(channel, batch.Id, batch.Attempts);
        var failures = 0;
        while (true)
        {
            try
            {
                // Published again after each ack wait without an outcome: the server drops the copy while the first is in
                // its duplicate window, and a message lost with its stream goes out all the same.
                await JetStreamTopology.EnsureAlertsAsync(js, nats, cancellationToken);
                var ack = await js.PublishAsync(JetStreamTopology.AlertSubject, JsonSerializer.SerializeToUtf8Bytes(message, ClusterJsonContext.Default.AlertBatchMessage),
                    opts: new NatsJSPubOpts { MsgId = message.MessageId }, cancellationToken: cancellationToken);
                JetStreamJobs.EnsurePublished(ack);
                failures = 0;
                for (var until = time.GetUtcNow() + nats.AckWait; time.GetUtcNow() < until; await Task.Delay(Look, time, cancellationToken))
                {
                    if (await deliveries.BatchAsync(channel, batch.Id, cancellationToken) is not { } now || now.Attempts != batch.Attempts)
                    {
                        return;
                    }
                }
            }
            catch (Exception e) when (QueueFailure.Is(e))
            {
                var wait = PipelineBackoff.Delay(++failures, MaxWait);
                status.Report("alerts " + channel, $"alert queue: {e.Message}", time.GetUtcNow() + wait);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }
}
