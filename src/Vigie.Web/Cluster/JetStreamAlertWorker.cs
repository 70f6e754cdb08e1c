using System.Text.Json;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using Vigie.Alerts.Delivery;
using Vigie.Alerts.Settings;
using Vigie.Storage.Alerts;
using Vigie.Storage.Database;

namespace Vigie.Web.Cluster;

/// <summary>
/// The web processes' side of the alert queue (issue 15): each fetched attempt of a channel's batch is sent from here
/// (<see cref="DirectBatchSender"/>, as on one machine) under the channel's lock, kept in progress while the channel
/// answers, and acknowledged once the outcome is in the outbox. A copy of an attempt already recorded (its worker died
/// before acknowledging) is acknowledged without sending anything. A batch whose handling fails (an alert that cannot
/// be read, a channel this process lacks) is sent back, and after <see cref="NatsSettings.MaxDeliver"/> deliveries
/// published on the dead-letter subject and recorded in the outbox as a failed attempt: it stays there, tried again at
/// its next try, so no alert is dropped.
/// </summary>
internal sealed class JetStreamAlertWorker(INatsJSContext js, NatsSettings nats, AlertSettings settings, VigieDatabase database, IAlertStatus status, TimeProvider time, ILogger logger)
{
    private const string Part = "alerts queue";
    private static readonly TimeSpan LockedRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);
    private readonly AlertDeliveryRepository deliveries = new(database);
    private readonly Dictionary<string, AlertChannelSettings> channels = settings.Channels.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public Task ConsumeAsync(CancellationToken cancellationToken)
    {
        var senders = settings.Channels.ToDictionary(c => c.Name,
            c => (IBatchSender)new DirectBatchSender(c, c.Create(new AlertChannelContext(time, settings.Smtp)), deliveries, status, time), StringComparer.Ordinal);
        return JetStreamJobLoop.RunAsync(c => JetStreamTopology.EnsureAlertsAsync(js, nats, c), (delivered, c) => HandleAsync(delivered, senders, c),
            () => { }, (error, wait) => status.Report(Part, error, time.GetUtcNow() + wait), MaxBackoff, time, cancellationToken);
    }

    private async Task HandleAsync(INatsJSMsg<byte[]> delivered, Dictionary<string, IBatchSender> senders, CancellationToken cancel)
    {
        if (delivered.Data is not { } data || JsonSerializer.Deserialize(data, ClusterJsonContext.Default.AlertBatchMessage) is not { } message)
        {
            logger.LogWarning("alerts queue: message {Sequence} is not a batch of alerts; dropped", delivered.Metadata?.Sequence.Stream);
            await delivered.AckTerminateAsync(cancellationToken: cancel);
            return;
        }

        // One sender per channel at a time, as on one machine (the dispatcher hands over one batch per channel at a time).
        await using var held = await database.TryLockAsync("alert-channel-" + message.Channel, cancel);
        if (held is null)
        {
            // Another web process sends on this channel right now (a copy published after the duplicate window): after it.
            await delivered.NakAsync(delay: LockedRetry, cancellationToken: cancel);
            return;
        }

        if (await deliveries.BatchAsync(message.Channel, message.BatchId, cancel) is not { } batch || batch.Attempts != message.Attempt)
        {
            // Delivered, or this attempt's outcome recorded: nothing is sent twice.
            await delivered.AckAsync(cancellationToken: cancel);
            return;
        }

        var deliveriesSoFar = (int)(delivered.Metadata?.NumDelivered ?? 1);
        if (deliveriesSoFar > nats.MaxDeliver)
        {
            await BuryAsync(delivered, message, batch, deliveriesSoFar - 1, "its worker stopped answering (crashed or killed) during every attempt", cancel);
            return;
        }

        var error = await JetStreamJobs.RunAsync(delivered, nats, time, logger, () => senders.TryGetValue(message.Channel, out var sender)
            ? sender.SendAsync(batch, cancel)
            : throw new InvalidOperationException($"no channel '{message.Channel}' in this process's alerts: section (give every web process the same)"), cancel)
            is { } failure ? $"alerts {message.Channel}: {failure}" : null;
        if (error is null)
        {
            // The outcome (delivered, or failed with its next try) is recorded: this attempt is done either way.
            await delivered.AckAsync(new AckOpts { DoubleAck = true }, cancel);
        }
        else if (deliveriesSoFar >= nats.MaxDeliver)
        {
            await BuryAsync(delivered, message, batch, deliveriesSoFar, error, cancel);
        }
        else
        {
            var wait = RetryDelay(message.Channel, deliveriesSoFar);
            status.Report(Part, error, time.GetUtcNow() + wait);
            await delivered.NakAsync(delay: wait, cancellationToken: cancel);
        }
    }

    /// <summary>
    /// Records the attempt as failed in the outbox first (so that a crash before the acknowledgement leaves a copy
    /// already recorded), then gives the message up on the dead-letter subject.
    /// </summary>
    private async Task BuryAsync(INatsJSMsg<byte[]> delivered, AlertBatchMessage message, AlertDeliveryBatch batch, int attempts, string error, CancellationToken cancel)
    {
        var now = time.GetUtcNow();
        var line = $"dead letter after {attempts} deliveries: {error}";
        var next = now + RetryDelay(message.Channel, batch.Attempts + 1);
        await deliveries.FailedAsync(message.Channel, message.BatchId, line, next, cancel);
        await JetStreamJobs.BuryAsync(js, delivered, JetStreamTopology.DeadAlertSubject,
            new DeadLetter(0, message.Channel, $"alert batch {message.BatchId}", error, attempts, now, null, "alert"), cancel);
        status.Report(Part, line, next);
        logger.LogWarning("alerts {Channel}: batch {Batch} given up after {Attempts} deliveries: {Error}", message.Channel, message.BatchId, attempts, error);
    }

    /// <summary>The channel's retry delay; a channel this process lacks gets the default one.</summary>
    private TimeSpan RetryDelay(string channel, int failures) =>
        (channels.TryGetValue(channel, out var known) ? known.Delivery : new DeliverySettings()).RetryDelay(failures);
}
