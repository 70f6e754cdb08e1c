using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using Vigie.Storage.Database;
using Vigie.Storage.Investigations;

namespace Vigie.Web.Cluster;

/// <summary>
/// The investigation queue over NATS JetStream, for investigate workers on several machines (issue 15): a job is a
/// message of a work-queue stream, one per name (its namesakes in other organisations travel and are claimed together),
/// fetched by one worker from a durable pull consumer (<see cref="JetStreamJobTaker"/>), kept in progress while its page
/// lasts, acknowledged only once the results of its whole group are committed, redelivered
/// <see cref="NatsSettings.AckWait"/> after its worker died, and after <see cref="NatsSettings.MaxDeliver"/> attempts
/// published on the dead-letter subject (<see cref="DeadLetterBurial"/>). The jobs' rows in the database
/// (<see cref="JobClaims"/>) make a redelivered copy change nothing twice.
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

    /// <summary>
    /// One message per name, listing the name's findings in the requests; its id (Nats-Msg-Id) is each finding's verdict
    /// time, so that copies listed by several workers' discovery before the rows are stored are dropped by the server.
    /// </summary>
    public async Task EnqueueAsync(IReadOnlyList<InvestigationRequest> requests, CancellationToken cancellationToken)
    {
        // The stream must exist before the first publish: without it the server has no one to answer the publication.
        await consumer.GetAsync(cancellationToken);
        var queued = new List<(InvestigationRequest Request, string Name, QueuedFinding Finding)>();
        foreach (var request in requests.DistinctBy(r => r.FindingId))
        {
            // A finding deleted, or investigated since the request was made (another worker's job ended meanwhile): nothing to do.
            if (await claims.FindingAsync(request.FindingId, cancellationToken) is not { } finding
                || (finding.VerdictAt is { } verdictAt && StoredTime.Parse(verdictAt) >= request.DueAt))
            {
                continue;
            }

            queued.Add((request, finding.Name, new QueuedFinding(request.FindingId, request.Reason, finding.VerdictAt)));
        }

        var published = new List<InvestigationRequest>();
        foreach (var name in queued.GroupBy(q => q.Name, StringComparer.Ordinal))
        {
            var findings = name.Select(q => q.Finding).ToList();
            if (await publisher.PublishJobAsync(new InvestigationMessage(name.Key, findings),
                string.Join(',', findings.Select(f => $"{f.FindingId}@{f.VerdictAt ?? "new"}")), cancellationToken))
            {
                published.AddRange(name.Select(q => q.Request));
            }
        }

        // Published first, then marked queued: a publisher dying in between leaves the findings to discovery, whose copy
        // the server drops as a duplicate. A copy dropped marks nothing: the first is queued or done already, and a row
        // stored for it after that job ended (an ingest batch replayed meanwhile) would be claimed by no message and
        // keep discovery from ever queuing the finding again. A message whose row is missing creates it when claimed.
        await rows.EnqueueAsync(published, cancellationToken);
    }

    public async Task<InvestigationJob?> ClaimAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        if (await taker.TakeAsync(cancellationToken) is not { } delivery)
        {
            return null;
        }

        foreach (var job in delivery.Group)
        {
            inFlight[job.FindingId] = delivery;
        }

        delivery.KeepInProgress(c => ProgressAsync(delivery, c), settings.AckWait / 3, time, logger);
        return delivery.Group[0];
    }

    /// <summary>The group claimed with the job's message (<see cref="JetStreamJobTaker"/>): the namesakes are already claimed.</summary>
    public Task<IReadOnlyList<InvestigationJob>> ClaimNamesakesAsync(InvestigationJob job, TimeSpan lease, CancellationToken cancellationToken) =>
        Task.FromResult(inFlight.TryGetValue(job.FindingId, out var delivery) ? delivery.Group : [job]);

    public async Task RenewAsync(InvestigationJob job, TimeSpan lease, CancellationToken cancellationToken)
    {
        if (inFlight.TryGetValue(job.FindingId, out var delivery))
        {
            await rows.RenewAsync(job, settings.AckWait, cancellationToken);
            await delivery.Message.AckProgressAsync(cancellationToken: cancellationToken);
        }
    }

    public async Task CompleteAsync(InvestigationJob job, CancellationToken cancellationToken)
    {
        await rows.CompleteAsync(job, cancellationToken);
        if (await FinishAsync(job, null) is { } delivery)
        {
            await EndAsync(delivery, cancellationToken);
        }
    }

    public async Task RetryAsync(InvestigationJob job, string error, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await rows.RetryAsync(job, error, at, cancellationToken);
        if (await FinishAsync(job, at) is { } delivery)
        {
            await EndAsync(delivery, cancellationToken);
        }
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        var jobs = await consumer.GetAsync(cancellationToken);
        await jobs.RefreshAsync(cancellationToken);
        return (long)jobs.Info.NumPending + jobs.Info.NumAckPending;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var delivery in inFlight.Values.Distinct())
        {
            await delivery.EndAsync();
        }

        consumer.Dispose();
    }

    /// <summary>The rows' claims of the jobs still running, then the message (so the rows free first after a crash).</summary>
    private async Task ProgressAsync(JetStreamDelivery delivery, CancellationToken cancellationToken)
    {
        foreach (var job in delivery.Pending)
        {
            await rows.RenewAsync(job, settings.AckWait, cancellationToken);
        }

        await delivery.Message.AckProgressAsync(cancellationToken: cancellationToken);
    }

    /// <summary>The job's delivery, once the job was the last of its group to finish; null before, or for a job not delivered here.</summary>
    private async Task<JetStreamDelivery?> FinishAsync(InvestigationJob job, DateTimeOffset? retryAt)
    {
        if (!inFlight.TryRemove(job.FindingId, out var delivery) || !delivery.Finish(job.FindingId, retryAt))
        {
            return null;
        }

        await delivery.DisposeAsync();
        return delivery;
    }

    /// <summary>
    /// Acknowledged once every result of the group and the rows' removal are committed (a crash in between redelivers a
    /// job done); a group to retry goes back with a delay, or to the dead letters after its last attempt.
    /// </summary>
    private async Task EndAsync(JetStreamDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.RetryAt is not { } at)
        {
            await delivery.Message.AckAsync(new AckOpts { DoubleAck = true }, cancellationToken);
        }
        else if (delivery.Deliveries >= settings.MaxDeliver)
        {
            await burial.BuryAsync(delivery.Message, delivery.Name, [.. delivery.Group.Select(j => (j.FindingId, j.Reason))], delivery.Deliveries, cancellationToken);
        }
        else
        {
            var wait = at - time.GetUtcNow();
            await delivery.Message.NakAsync(delay: wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancellationToken: cancellationToken);
        }
    }
}
