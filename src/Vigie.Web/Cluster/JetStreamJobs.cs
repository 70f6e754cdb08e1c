using System.Text.Json;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Vigie.Web.Cluster;

/// <summary>What the sweep and alert queues do alike with a delivered job: keep it in progress while it runs, hand it over, give it up.</summary>
internal static class JetStreamJobs
{
    /// <summary>
    /// Runs a delivered job's <paramref name="work"/>, kept in progress while it lasts; null when it succeeded, else its
    /// error. Stopping (SIGTERM) in the middle, the job goes back at once to another worker, and the stop goes on.
    /// </summary>
    public static async Task<string?> RunAsync(INatsJSMsg<byte[]> delivered, NatsSettings settings, TimeProvider time, ILogger logger, Func<Task> work, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var heartbeat = KeepInProgressAsync(delivered, settings, time, stop.Token);
        string? error = null;
        try
        {
            await work();
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await EndAsync(stop, heartbeat);
            await HandOverAsync(delivered, logger);
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = e.Message;
        }

        await EndAsync(stop, heartbeat);
        return error;
    }

    /// <summary>Publishes <paramref name="letter"/> on <paramref name="subject"/> (once, by the delivered message's sequence), then removes the job from its stream.</summary>
    public static async Task BuryAsync(INatsJSContext js, INatsJSMsg<byte[]> delivered, string subject, DeadLetter letter, CancellationToken cancellationToken)
    {
        var ack = await js.PublishAsync(subject, JsonSerializer.SerializeToUtf8Bytes(letter, ClusterJsonContext.Default.DeadLetter),
            opts: new NatsJSPubOpts { MsgId = $"dead-{letter.Kind}-{delivered.Metadata?.Sequence.Stream}" }, cancellationToken: cancellationToken);
        EnsurePublished(ack);
        await delivered.AckAsync(new AckOpts { DoubleAck = true }, cancellationToken);
    }

    /// <summary>A copy the server already has (same message id within its duplicate window) is as good as published.</summary>
    public static void EnsurePublished(PubAckResponse ack)
    {
        if (!ack.Duplicate)
        {
            ack.EnsureSuccess();
        }
    }

    // NATS out of reach: the job is redelivered after the ack wait, and its idempotent writes make that harmless.
    private static Task KeepInProgressAsync(INatsJSMsg<byte[]> delivered, NatsSettings settings, TimeProvider time, CancellationToken stop) =>
        JetStreamHeartbeat.RunAsync(c => delivered.AckProgressAsync(cancellationToken: c).AsTask(), settings.AckWait / 3, time, _ => { }, stop);

    private static async Task EndAsync(CancellationTokenSource stop, Task heartbeat)
    {
        await stop.CancelAsync();
        await heartbeat;
    }

    /// <summary>Without NATS the job comes back an ack wait later all the same.</summary>
    private static async Task HandOverAsync(INatsJSMsg<byte[]> delivered, ILogger logger)
    {
        try
        {
            await delivered.NakAsync(cancellationToken: CancellationToken.None);
        }
        catch (Exception e) when (QueueFailure.Is(e) || e is ObjectDisposedException)
        {
            logger.LogWarning("the interrupted job {Sequence} is redelivered after the ack wait ({Message})", delivered.Metadata?.Sequence.Stream, e.Message);
        }
    }
}
