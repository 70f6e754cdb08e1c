using System.Text.Json;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Vigie.Storage.Database;

namespace Vigie.Web.Cluster;

/// <summary>
/// "Retry" on the sources page: the dead letter's job published again on the jobs' subject, its findings' rows given
/// fresh attempts, then the letter removed from the dead-letter stream. Published under an id of its own
/// ("retry-" and the letter's sequence), so a second click within the duplicate window publishes nothing twice.
/// </summary>
internal sealed class DeadLetterRetry(INatsJSContext js, VigieDatabase database, TimeProvider time)
{
    private readonly JobClaims claims = new(database, time);

    /// <summary>The letter retried; null when the stream no longer holds it (retried already, or pushed out by newer ones).</summary>
    public async Task<DeadLetter?> RetryAsync(ulong sequence, CancellationToken cancellationToken)
    {
        StreamMsgGetResponse stored;
        try
        {
            var stream = await js.GetStreamAsync(JetStreamTopology.DeadStream, cancellationToken: cancellationToken);
            stored = await stream.GetAsync(new StreamMsgGetRequest { Seq = sequence }, cancellationToken);
        }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            return null;
        }

        // Only an investigation is retried: a sweep comes back at its schedule's next time, an alert stays in the outbox.
        if (JsonSerializer.Deserialize(stored.Message.Data.Span, ClusterJsonContext.Default.DeadLetter) is not { } letter
            || letter.Kind != "investigate")
        {
            return null;
        }

        // A letter of an older version carries no job: its one finding, as it stands.
        var job = letter.Job ?? new InvestigationMessage(letter.Name,
            [new QueuedFinding(letter.FindingId, letter.Reason, (await claims.FindingAsync(letter.FindingId, cancellationToken))?.VerdictAt)]);
        foreach (var finding in job.Findings)
        {
            await claims.UnburyAsync(finding.FindingId, cancellationToken);
        }

        await new JetStreamPublisher(js).PublishJobAsync(job, $"retry-{sequence}", cancellationToken);
        await js.DeleteMessageAsync(JetStreamTopology.DeadStream, new StreamMsgDeleteRequest { Seq = sequence }, cancellationToken);
        return letter with { Sequence = sequence };
    }
}
