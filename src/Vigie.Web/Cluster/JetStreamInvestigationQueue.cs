using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Vigie.Storage.Database;
using Vigie.Storage.Investigations;

namespace Vigie.Web.Cluster;

/// <summary>
/// The investigation queue over NATS JetStream, for investigate workers on several machines (issue 15): a job is a
/// message of a work-queue stream, fetched by one worker from a durable pull consumer, kept in progress while its page
/// lasts, acknowledged only once its result is committed, redelivered <see cref="NatsSettings.AckWait"/> after its
/// worker died, and after <see cref="NatsSettings.MaxDeliver"/> attempts published on the dead-letter subject. The
/// job's row in the database (<see cref="JobClaims"/>) makes a redelivered copy change nothing twice.
/// </summary>
internal sealed class JetStreamInvestigationQueue(INatsJSContext js, NatsSettings settings, VigieDatabase database, TimeProvider time, ILogger logger)
    : IInvestigationQueue, IAsyncDisposable
{
    private static readonly TimeSpan FetchWait = TimeSpan.FromSeconds(1);
    private readonly DatabaseInvestigationQueue rows = new(database, time);
    private readonly JobClaims claims = new(database, time);
    private readonly ConcurrentDictionary<long, Delivery> inFlight = new();
    private readonly SemaphoreSlim ensuring = new(1, 1);
    private INatsJSConsumer? consumer;

    public async Task EnqueueAsync(IReadOnlyList<InvestigationRequest> requests, CancellationToken cancellationToken)
    {
        // The stream must exist before the first publish: without it the server has no one to answer the publication.
        await ConsumerAsync(cancellationToken);
        var published = new List<InvestigationRequest>();
        foreach (var request in requests)
        {
            // A finding deleted, or investigated since the request was made (another worker's job ended meanwhile): nothing to do.
            if (await claims.FindingAsync(request.FindingId, cancellationToken) is not { } finding
                || (finding.VerdictAt is { } verdictAt && StoredTime.Parse(verdictAt) >= request.DueAt))
            {
                continue;
            }

            var message = new InvestigationMessage(request.FindingId, request.Reason, finding.VerdictAt);
            var ack = await js.PublishAsync(JetStreamTopology.JobSubject, JsonSerializer.SerializeToUtf8Bytes(message, ClusterJsonContext.Default.InvestigationMessage),
                opts: new NatsJSPubOpts { MsgId = $"{request.FindingId}@{finding.VerdictAt ?? "new"}" }, cancellationToken: cancellationToken);
            Published(ack);
            published.Add(request);
        }

        // Published first, then marked queued: a publisher dying in between leaves the finding to discovery, whose copy
        // the server drops as a duplicate.
        await rows.EnqueueAsync(published, cancellationToken);
    }

    /// <summary>
    /// Over JetStream each namesake is its own message, fetched by whichever worker is free; claiming it here would
    /// leave its message to be redelivered and acknowledged elsewhere, so a cluster investigates each alone for now.
    /// </summary>
    public Task<IReadOnlyList<InvestigationJob>> ClaimNamesakesAsync(InvestigationJob job, TimeSpan lease, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<InvestigationJob>>([job]);

    public async Task<InvestigationJob?> ClaimAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        var jobs = await ConsumerAsync(cancellationToken);
        while (await jobs.NextAsync<byte[]>(opts: new NatsJSNextOpts { Expires = FetchWait }, cancellationToken: cancellationToken) is { } delivered)
        {
            if (delivered.Data is not { } data || JsonSerializer.Deserialize(data, ClusterJsonContext.Default.InvestigationMessage) is not { } message)
            {
                logger.LogWarning("investigation queue: message {Sequence} is not a job; dropped", delivered.Metadata?.Sequence.Stream);
                await delivered.AckTerminateAsync(cancellationToken: cancellationToken);
                continue;
            }

            var deliveries = (int)(delivered.Metadata?.NumDelivered ?? 1);
            if (await claims.FindingAsync(message.FindingId, cancellationToken) is not { } finding || finding.VerdictAt != message.VerdictAt)
            {
                // Deleted, or investigated since it was queued: a copy of a job already done (its worker died before acknowledging).
                await rows.CompleteAsync(new InvestigationJob(message.FindingId, message.Reason, deliveries, time.GetUtcNow()), cancellationToken);
                await delivered.AckAsync(cancellationToken: cancellationToken);
                continue;
            }

            if (deliveries > settings.MaxDeliver)
            {
                await BuryAsync(delivered, message, finding.Name, deliveries - 1, cancellationToken);
                continue;
            }

            if (await ClaimRowAsync(delivered, message, cancellationToken) is not { } job)
            {
                // Another live worker holds this finding (a duplicate copy): this copy waits for its claim to end.
                await delivered.NakAsync(delay: settings.AckWait, cancellationToken: cancellationToken);
                continue;
            }

            var delivery = new Delivery(delivered, message, finding.Name, deliveries, new CancellationTokenSource());
            inFlight[job.FindingId] = delivery;
            delivery.Heartbeat = KeepInProgressAsync(job, delivery);
            return job;
        }

        return null;
    }

    public async Task RenewAsync(InvestigationJob job, TimeSpan lease, CancellationToken cancellationToken)
    {
        if (inFlight.TryGetValue(job.FindingId, out var delivery))
        {
            await ProgressAsync(job, delivery, cancellationToken);
        }
    }

    public async Task CompleteAsync(InvestigationJob job, CancellationToken cancellationToken)
    {
        var delivery = await EndAsync(job);
        await rows.CompleteAsync(job, cancellationToken);
        if (delivery is not null)
        {
            // Acknowledged once the result and the row's removal are committed; a crash in between redelivers a job done.
            await delivery.Message.AckAsync(new AckOpts { DoubleAck = true }, cancellationToken);
        }
    }

    public async Task RetryAsync(InvestigationJob job, string error, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var delivery = await EndAsync(job);
        await rows.RetryAsync(job, error, at, cancellationToken);
        if (delivery is null)
        {
            return;
        }

        if (delivery.Deliveries >= settings.MaxDeliver)
        {
            await BuryAsync(delivery.Message, delivery.Job, delivery.Name, delivery.Deliveries, cancellationToken);
            return;
        }

        var wait = at - time.GetUtcNow();
        await delivery.Message.NakAsync(delay: wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancellationToken: cancellationToken);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        var jobs = await ConsumerAsync(cancellationToken);
        await jobs.RefreshAsync(cancellationToken);
        return (long)jobs.Info.NumPending + jobs.Info.NumAckPending;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var delivery in inFlight.Values)
        {
            await delivery.Stop.CancelAsync();
        }

        ensuring.Dispose();
    }

    private async Task<INatsJSConsumer> ConsumerAsync(CancellationToken cancellationToken)
    {
        if (consumer is { } ready)
        {
            return ready;
        }

        await ensuring.WaitAsync(cancellationToken);
        try
        {
            return consumer ??= await JetStreamTopology.EnsureAsync(js, settings, cancellationToken);
        }
        finally
        {
            ensuring.Release();
        }
    }

    /// <summary>
    /// The row's claim, waited for while the message is kept in progress when the row is still claimed: right after a
    /// worker died, its row's lease and its message's ack wait end together. Waiting here rather than sending the message
    /// back keeps a crash at one delivery, so a job gets exactly its <see cref="NatsSettings.MaxDeliver"/> attempts.
    /// </summary>
    private async Task<InvestigationJob?> ClaimRowAsync(INatsJSMsg<byte[]> delivered, InvestigationMessage message, CancellationToken cancellationToken)
    {
        for (var waited = TimeSpan.Zero; waited <= settings.AckWait * 2; waited += settings.AckWait / 3)
        {
            if (await claims.ClaimAsync(message, settings.AckWait, cancellationToken) is { } job)
            {
                return job;
            }

            await delivered.AckProgressAsync(cancellationToken: cancellationToken);
            await Task.Delay(settings.AckWait / 3, time, cancellationToken);
        }

        return null;
    }

    /// <summary>Every third of the ack wait while the job runs: the row's claim, then the message (so the row frees first after a crash).</summary>
    private async Task KeepInProgressAsync(InvestigationJob job, Delivery delivery)
    {
        try
        {
            while (true)
            {
                await Task.Delay(settings.AckWait / 3, time, delivery.Stop.Token);
                await ProgressAsync(job, delivery, delivery.Stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended.
        }
        catch (Exception e) when (QueueFailure.Is(e))
        {
            logger.LogWarning("investigation queue: job {FindingId} not kept in progress: {Message}", job.FindingId, e.Message);
        }
    }

    private async Task ProgressAsync(InvestigationJob job, Delivery delivery, CancellationToken cancellationToken)
    {
        await rows.RenewAsync(job, settings.AckWait, cancellationToken);
        await delivery.Message.AckProgressAsync(cancellationToken: cancellationToken);
    }

    private async Task<Delivery?> EndAsync(InvestigationJob job)
    {
        if (!inFlight.TryRemove(job.FindingId, out var delivery))
        {
            return null;
        }

        await delivery.Stop.CancelAsync();
        await delivery.Heartbeat;
        delivery.Stop.Dispose();
        return delivery;
    }

    /// <summary>Publishes the job on the dead-letter subject, keeps its row with the reason, then removes it from the stream.</summary>
    private async Task BuryAsync(INatsJSMsg<byte[]> delivered, InvestigationMessage message, string name, int attempts, CancellationToken cancellationToken)
    {
        var error = await claims.LastErrorAsync(message.FindingId, cancellationToken) ?? "its worker stopped answering (crashed or killed) during every attempt";
        var letter = new DeadLetter(message.FindingId, name, message.Reason, error, attempts, time.GetUtcNow());
        var ack = await js.PublishAsync(JetStreamTopology.DeadSubject, JsonSerializer.SerializeToUtf8Bytes(letter, ClusterJsonContext.Default.DeadLetter),
            opts: new NatsJSPubOpts { MsgId = $"dead-{delivered.Metadata?.Sequence.Stream}" }, cancellationToken: cancellationToken);
        Published(ack);
        await claims.BuryAsync(message.FindingId, string.Create(CultureInfo.InvariantCulture, $"dead letter after {attempts} attempts: {error}"), cancellationToken);
        await delivered.AckAsync(new AckOpts { DoubleAck = true }, cancellationToken);
        logger.LogWarning("investigation of {Name} given up after {Attempts} attempts: {Error}", name, attempts, error);
    }

    /// <summary>A copy the server already has (same message id within its duplicate window) is as good as published.</summary>
    private static void Published(PubAckResponse ack)
    {
        if (!ack.Duplicate)
        {
            ack.EnsureSuccess();
        }
    }

    private sealed record Delivery(INatsJSMsg<byte[]> Message, InvestigationMessage Job, string Name, int Deliveries, CancellationTokenSource Stop)
    {
        public Task Heartbeat { get; set; } = Task.CompletedTask;
    }
}
