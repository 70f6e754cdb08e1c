using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using Vigie.Storage.Database;
using Vigie.Storage.Investigations;

namespace Vigie.Web.Cluster;

/// <summary>
/// The investigation queue over NATS JetStream, for investigate workers on several machines (issue 15): a job is a
/// message of a work-queue stream, fetched by one worker from a durable pull consumer (<see cref="JetStreamJobTaker"/>),
/// kept in progress while its page lasts, acknowledged only once its result is committed, redelivered
/// <see cref="NatsSettings.AckWait"/> after its worker died, and after <see cref="NatsSettings.MaxDeliver"/> attempts
/// published on the dead-letter subject (<see cref="DeadLetterBurial"/>). The job's row in the database
/// (<see cref="JobClaims"/>) makes a redelivered copy change nothing twice.
/// </summary>
internal sealed class JetStreamInvestigationQueue : IInvestigationQueue, IAsyncDisposable
{
    private readonly NatsSettings settings;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly DatabaseInvestigationQueue rows;
    private readonly JobClaims claims;
    private readonly JetStreamPublisher publisher;
    private readonly JetStreamConsumerSource consumer;
    private readonly DeadLetterBurial burial;
    private readonly JetStreamJobTaker taker;
    private readonly ConcurrentDictionary<long, JetStreamDelivery> inFlight = new();

    public JetStreamInvestigationQueue(INatsJSContext js, NatsSettings settings, VigieDatabase database, TimeProvider time, ILogger logger)
    {
        (this.settings, this.time, this.logger) = (settings, time, logger);
        rows = new DatabaseInvestigationQueue(database, time);
        claims = new JobClaims(database, time);
        publisher = new JetStreamPublisher(js);
        consumer = new JetStreamConsumerSource(js, settings);
        burial = new DeadLetterBurial(publisher, claims, time, logger);
        taker = new JetStreamJobTaker(consumer, claims, rows, burial, settings, time, logger);
    }

    public async Task EnqueueAsync(IReadOnlyList<InvestigationRequest> requests, CancellationToken cancellationToken)
    {
        // The stream must exist before the first publish: without it the server has no one to answer the publication.
        await consumer.GetAsync(cancellationToken);
        var published = new List<InvestigationRequest>();
        foreach (var request in requests)
        {
            // A finding deleted, or investigated since the request was made (another worker's job ended meanwhile): nothing to do.
            if (await claims.FindingAsync(request.FindingId, cancellationToken) is not { } finding
                || (finding.VerdictAt is { } verdictAt && StoredTime.Parse(verdictAt) >= request.DueAt))
            {
                continue;
            }

            await publisher.PublishJobAsync(new InvestigationMessage(request.FindingId, request.Reason, finding.VerdictAt),
                $"{request.FindingId}@{finding.VerdictAt ?? "new"}", cancellationToken);
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
        if (await taker.TakeAsync(cancellationToken) is not { } taken)
        {
            return null;
        }

        var (job, delivery) = taken;

        inFlight[job.FindingId] = delivery;
        delivery.KeepInProgress(c => ProgressAsync(job, delivery, c), settings.AckWait / 3, time, logger);
        return job;
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
            await burial.BuryAsync(delivery.Message, delivery.Job, delivery.Name, delivery.Deliveries, cancellationToken);
            return;
        }

        var wait = at - time.GetUtcNow();
        await delivery.Message.NakAsync(delay: wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancellationToken: cancellationToken);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        var jobs = await consumer.GetAsync(cancellationToken);
        await jobs.RefreshAsync(cancellationToken);
        return (long)jobs.Info.NumPending + jobs.Info.NumAckPending;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var delivery in inFlight.Values)
        {
            await delivery.EndAsync();
        }

        consumer.Dispose();
    }

    /// <summary>The row's claim, then the message (so the row frees first after a crash).</summary>
    private async Task ProgressAsync(InvestigationJob job, JetStreamDelivery delivery, CancellationToken cancellationToken)
    {
        await rows.RenewAsync(job, settings.AckWait, cancellationToken);
        await delivery.Message.AckProgressAsync(cancellationToken: cancellationToken);
    }

    private async Task<JetStreamDelivery?> EndAsync(InvestigationJob job)
    {
        if (!inFlight.TryRemove(job.FindingId, out var delivery))
        {
            return null;
        }

        await delivery.DisposeAsync();
        return delivery;
    }
}
