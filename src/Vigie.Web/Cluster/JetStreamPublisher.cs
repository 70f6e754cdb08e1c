using System.Text.Json;
using NATS.Client.JetStream;

namespace Vigie.Web.Cluster;

/// <summary>
/// Publishes jobs and dead letters, each with a message id (Nats-Msg-Id): a copy the server already holds within the
/// stream's duplicate window is dropped by it, and counts as published; a job says whether it was the first copy.
/// </summary>
internal sealed class JetStreamPublisher(INatsJSContext js)
{
    /// <summary>True when the server stored the job, false when it already held a copy (dropped as a duplicate).</summary>
    public Task<bool> PublishJobAsync(InvestigationMessage message, string id, CancellationToken cancellationToken) =>
        PublishAsync(JetStreamTopology.JobSubject, JsonSerializer.SerializeToUtf8Bytes(message, ClusterJsonContext.Default.InvestigationMessage), id, cancellationToken);

    public Task PublishDeadAsync(DeadLetter letter, string id, CancellationToken cancellationToken) =>
        PublishAsync(JetStreamTopology.DeadSubject, JsonSerializer.SerializeToUtf8Bytes(letter, ClusterJsonContext.Default.DeadLetter), id, cancellationToken);

    private async Task<bool> PublishAsync(string subject, byte[] data, string id, CancellationToken cancellationToken)
    {
        var ack = await js.PublishAsync(subject, data, opts: new NatsJSPubOpts { MsgId = id }, cancellationToken: cancellationToken);
        JetStreamJobs.EnsurePublished(ack);
        return !ack.Duplicate;
    }
}
