using System.Text.Json;
using NATS.Client.JetStream;

namespace Vigie.Web.Cluster;

/// <summary>
/// Publishes jobs and dead letters, each with a message id (Nats-Msg-Id): a copy the server already holds within the
/// stream's duplicate window is dropped by it, and counts as published.
/// </summary>
internal sealed class JetStreamPublisher(INatsJSContext js)
{
    public Task PublishJobAsync(InvestigationMessage message, string id, CancellationToken cancellationToken) =>
        PublishAsync(JetStreamTopology.JobSubject, JsonSerializer.SerializeToUtf8Bytes(message, ClusterJsonContext.Default.InvestigationMessage), id, cancellationToken);

    public Task PublishDeadAsync(DeadLetter letter, string id, CancellationToken cancellationToken) =>
        PublishAsync(JetStreamTopology.DeadSubject, JsonSerializer.SerializeToUtf8Bytes(letter, ClusterJsonContext.Default.DeadLetter), id, cancellationToken);

    private async Task PublishAsync(string subject, byte[] data, string id, CancellationToken cancellationToken)
    {
        var ack = await js.PublishAsync(subject, data, opts: new NatsJSPubOpts { MsgId = id }, cancellationToken: cancellationToken);
        if (!ack.Duplicate)
        {
            ack.EnsureSuccess();
        }
    }
}
