using System.Globalization;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;

namespace Vigie.Web.Cluster;

/// <summary>
/// Gives a job up after its last attempt: publishes it on the dead-letter subject, keeps its row of investigation_jobs
/// with the reason (so discovery leaves the finding alone), then removes it from the jobs' stream.
/// </summary>
internal sealed class DeadLetterBurial(JetStreamPublisher publisher, JobClaims claims, TimeProvider time, ILogger logger)
{
    public async Task BuryAsync(INatsJSMsg<byte[]> delivered, InvestigationMessage message, string name, int attempts, CancellationToken cancellationToken)
    {
        var error = await claims.LastErrorAsync(message.FindingId, cancellationToken) ?? "its worker stopped answering (crashed or killed) during every attempt";
        var letter = new DeadLetter(message.FindingId, name, message.Reason, error, attempts, time.GetUtcNow());
        await publisher.PublishDeadAsync(letter, $"dead-{delivered.Metadata?.Sequence.Stream}", cancellationToken);
        await claims.BuryAsync(message.FindingId, string.Create(CultureInfo.InvariantCulture, $"dead letter after {attempts} attempts: {error}"), cancellationToken);
        await delivered.AckAsync(new AckOpts { DoubleAck = true }, cancellationToken);
        logger.LogWarning("investigation of {Name} given up after {Attempts} attempts: {Error}", name, attempts, error);
    }
}
