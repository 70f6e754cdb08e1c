using System.Globalization;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;

namespace Vigie.Web.Cluster;

/// <summary>
/// Gives a job up after its last attempt: publishes it on the dead-letter subject (with the job, for the sources page's
/// "retry"), keeps the rows of its findings in investigation_jobs with the reason (so discovery leaves them alone), then
/// removes it from the jobs' stream.
/// </summary>
internal sealed class DeadLetterBurial(JetStreamPublisher publisher, JobClaims claims, TimeProvider time, ILogger logger)
{
    public async Task BuryAsync(INatsJSMsg<byte[]> delivered, string name, IReadOnlyList<(long FindingId, string Reason)> findings, int attempts, CancellationToken cancellationToken)
    {
        var (first, reason) = findings[0];
        var error = await claims.LastErrorAsync(first, cancellationToken) ?? "its worker stopped answering (crashed or killed) during every attempt";
        var job = new List<QueuedFinding>();
        foreach (var (findingId, why) in findings)
        {
            if (await claims.FindingAsync(findingId, cancellationToken) is { } stored)
            {
                job.Add(new QueuedFinding(findingId, why, stored.VerdictAt));
            }
        }

        var letter = new DeadLetter(first, name, reason, error, attempts, time.GetUtcNow(), new InvestigationMessage(name, job));
        await publisher.PublishDeadAsync(letter, $"dead-{delivered.Metadata?.Sequence.Stream}", cancellationToken);
        foreach (var (findingId, _) in findings)
        {
            await claims.BuryAsync(findingId, string.Create(CultureInfo.InvariantCulture, $"dead letter after {attempts} attempts: {error}"), cancellationToken);
        }

        await delivered.AckAsync(new AckOpts { DoubleAck = true }, cancellationToken);
        logger.LogWarning("investigation of {Name} given up after {Attempts} attempts: {Error}", name, attempts, error);
    }
}
