using System.Text.Json;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using Vigie.Storage.Investigations;

namespace Vigie.Web.Cluster;

/// <summary>
/// Takes the next job from the durable consumer: a message that is not a job is dropped, a copy of a job already done
/// is acknowledged, a job past its last attempt is buried, and a job whose rows another live worker holds waits for
/// them; otherwise its findings' rows are claimed with every other queued job of the same name (its namesakes in other
/// organisations), as the single machine's queue does, and the group returned with its delivery.
/// </summary>
internal sealed class JetStreamJobTaker(JetStreamConsumerSource consumer, JobClaims claims, DatabaseInvestigationQueue rows, DeadLetterBurial burial,
    NatsSettings settings, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan FetchWait = TimeSpan.FromSeconds(1);

    public async Task<JetStreamDelivery?> TakeAsync(CancellationToken cancellationToken)
    {
        var jobs = await consumer.GetAsync(cancellationToken);
        while (await jobs.NextAsync<byte[]>(opts: new NatsJSNextOpts { Expires = FetchWait }, cancellationToken: cancellationToken) is { } delivered)
        {
            if (delivered.Data is not { } data || JsonSerializer.Deserialize(data, ClusterJsonContext.Default.InvestigationMessage) is not { Findings.Count: > 0 } message)
            {
                logger.LogWarning("investigation queue: message {Sequence} is not a job; dropped", delivered.Metadata?.Sequence.Stream);
                await delivered.AckTerminateAsync(cancellationToken: cancellationToken);
                continue;
            }

            var deliveries = (int)(delivered.Metadata?.NumDelivered ?? 1);
            var due = await claims.DueAsync(message.Findings, cancellationToken);
            if (due.Count > 0 && deliveries > settings.MaxDeliver)
            {
                await burial.BuryAsync(delivered, message.Name, [.. due.Select(f => (f.FindingId, f.Reason))], deliveries - 1, cancellationToken);
                continue;
            }

            IReadOnlyList<InvestigationJob>? group = due.Count == 0 ? [] : await ClaimGroupAsync(delivered, message, cancellationToken);
            if (group is null)
            {
                // Other live workers hold these findings (a duplicate copy): this copy waits for their claims to end.
                await delivered.NakAsync(delay: settings.AckWait, cancellationToken: cancellationToken);
                continue;
            }

            if (group.Count == 0)
            {
                // Deleted, or investigated since it was queued: a copy of a job already done (its worker died before acknowledging).
                await DoneAsync(delivered, message, deliveries, cancellationToken);
                continue;
            }

            return new JetStreamDelivery(delivered, message.Name, group, deliveries);
        }

        return null;
    }

    /// <summary>
    /// The group's claims, waited for while the message is kept in progress when the rows are still claimed: right after
    /// a worker died, its rows' leases and its message's ack wait end together. Waiting here rather than sending the
    /// message back keeps a crash at one delivery, so a job gets exactly its <see cref="NatsSettings.MaxDeliver"/>
    /// attempts. Empty when every finding was investigated meanwhile; null when the wait ran out.
    /// </summary>
    private async Task<IReadOnlyList<InvestigationJob>?> ClaimGroupAsync(INatsJSMsg<byte[]> delivered, InvestigationMessage message, CancellationToken cancellationToken)
    {
        for (var waited = TimeSpan.Zero; waited <= settings.AckWait * 2; waited += settings.AckWait / 3)
        {
            var due = await claims.DueAsync(message.Findings, cancellationToken);
            if (due.Count == 0)
            {
                return [];
            }

            foreach (var finding in due)
            {
                if (await claims.ClaimAsync(finding, settings.AckWait, cancellationToken) is { } first)
                {
                    foreach (var other in due.Where(f => f != finding))
                    {
                        await claims.QueueAsync(other, cancellationToken);
                    }

                    // Under the ack wait, not the worker's lease: the rows must free with the message after a crash.
                    return await rows.ClaimNamesakesAsync(first, settings.AckWait, cancellationToken);
                }
            }

            await delivered.AckProgressAsync(cancellationToken: cancellationToken);
            await Task.Delay(settings.AckWait / 3, time, cancellationToken);
        }

        return null;
    }

    /// <summary>Removes what is left of the done job's rows (a worker killed after storing the result), then acknowledges the copy.</summary>
    private async Task DoneAsync(INatsJSMsg<byte[]> delivered, InvestigationMessage message, int deliveries, CancellationToken cancellationToken)
    {
        foreach (var finding in message.Findings)
        {
            await rows.CompleteAsync(new InvestigationJob(finding.FindingId, finding.Reason, deliveries, time.GetUtcNow()), cancellationToken);
        }

        await delivered.AckAsync(cancellationToken: cancellationToken);
    }
}
