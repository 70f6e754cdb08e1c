using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Vigie.Web.Cluster;

/// <summary>
/// The streams and the consumer the roles share, created or brought up to date by whichever process starts first
/// (idempotent: every role asks for the same configuration). Jobs live in a work-queue stream on disk, so a job stays
/// until a worker acknowledges it; dead letters in a stream of their own, kept for the sources page.
/// </summary>
internal static class JetStreamTopology
{
    public const string JobStream = "VIGIE_INVESTIGATIONS";
    public const string JobSubject = "vigie.investigate";
    public const string Consumer = "investigators";
    public const string DeadStream = "VIGIE_DEAD_LETTERS";
    public const string DeadSubject = "vigie.dead.investigate";

    /// <summary>
    /// Copies of one job published within this window are dropped by the server (Nats-Msg-Id): several investigate
    /// workers list the same findings, and discovery lists a finding again until its job's row is stored.
    /// </summary>
    private static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(1);

    public static async Task<INatsJSConsumer> EnsureAsync(INatsJSContext js, NatsSettings settings, CancellationToken cancellationToken)
    {
        await js.CreateOrUpdateStreamAsync(new StreamConfig(JobStream, [JobSubject])
        {
            Retention = StreamConfigRetention.Workqueue,
            Storage = StreamConfigStorage.File,
            DuplicateWindow = DuplicateWindow,
        }, cancellationToken);
        await js.CreateOrUpdateStreamAsync(new StreamConfig(DeadStream, [DeadSubject])
        {
            Storage = StreamConfigStorage.File,
            MaxMsgs = 10_000,
        }, cancellationToken);
        return await js.CreateOrUpdateConsumerAsync(JobStream, new ConsumerConfig(Consumer)
        {
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = settings.AckWait,
            // One delivery more than the attempts: the last one only moves the job to the dead-letter subject, so a job
            // whose page kills every worker still gets there although no worker lived to give up on it.
            MaxDeliver = settings.MaxDeliver + 1,
            FilterSubject = JobSubject,
        }, cancellationToken);
    }
}
