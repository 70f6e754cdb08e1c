using System.Text.Json;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using Vigie.Storage.Investigations;

namespace Vigie.Web.Cluster;

/// <summary>
/// Takes the next job from the durable consumer: a message that is not a job is dropped, a copy of a job already done
/// is acknowledged, a job past its last attempt is buried, and a job whose row another live worker holds waits for it;
/// otherwise the job's row is claimed and the job returned with its delivery.
/// </summary>
internal sealed class JetStreamJobTaker(JetStreamConsumerSource consumer, JobClaims claims, DatabaseInvestigationQueue rows, DeadLetterBurial burial,
    NatsSettings settings, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan FetchWait = TimeSpan.FromSeconds(1);

    public async Task<(InvestigationJob Job, JetStreamDelivery Delivery)?> TakeAsync(CancellationToken cancellationToken)
    {
        var jobs = await consumer.GetAsync(cancellationToken);
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
                await burial.BuryAsync(delivered, message, finding.Name, deliveries - 1, cancellationToken);
                continue;
            }

            if (await ClaimRowAsync(delivered, message, cancellationToken) is not { } job)
            {
                // Another live worker holds this finding (a duplicate copy): this copy waits for its claim to end.
                await delivered.NakAsync(delay: settings.AckWait, cancellationToken: cancellationToken);
                continue;
            }

            return (job, new JetStreamDelivery(delivered, message, finding.Name, deliveries));
        }

        return null;
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
}
