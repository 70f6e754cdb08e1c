using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Vigie.Web.Cluster;

/// <summary>
/// The streams and the consumers the roles share, created or brought up to date by whichever process starts first
/// (idempotent: every role asks for the same configuration). Jobs live in work-queue streams on disk, so a job stays
/// until a worker acknowledges it; dead letters of every kind in a stream of their own, kept for the sources page.
/// </summary>
internal static class JetStreamTopology
{
    public const string JobStream = "VIGIE_INVESTIGATIONS";
    public const string JobSubject = "vigie.investigate";
    public const string Consumer = "investigators";
    public const string DeadStream = "VIGIE_DEAD_LETTERS";
    public const string DeadSubject = "vigie.dead.investigate";

    /// <summary>Sweeps due, one message per organisation and due time, published by every sweep process's scheduler.</summary>
    public const string SweepStream = "VIGIE_SWEEPS";
    public const string SweepSubject = "vigie.sweep";
    public const string SweepConsumer = "sweepers";
    public const string DeadSweepSubject = "vigie.dead.sweep";

    /// <summary>Alerts to send, one message per attempt of a channel's batch, published by the alert dispatcher.</summary>
    public const string AlertStream = "VIGIE_ALERTS";
    public const string AlertSubject = "vigie.alert";
    public const string AlertConsumer = "alert-senders";
    public const string DeadAlertSubject = "vigie.dead.alert";

    /// <summary>Every dead-letter subject, investigations', sweeps' and alerts' alike.</summary>
    private const string DeadSubjects = "vigie.dead.>";

    /// <summary>
    /// Copies of one job published within this window are dropped by the server (Nats-Msg-Id): several investigate
    /// workers list the same findings, and discovery lists a finding again until its job's row is stored; every sweep
    /// process's scheduler finds the same sweeps due; the alert dispatcher publishes a batch's attempt again until its outcome is recorded.
    /// </summary>
    private static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(1);

    public static Task<INatsJSConsumer> EnsureAsync(INatsJSContext js, NatsSettings settings, CancellationToken cancellationToken) =>
        WorkQueueAsync(js, settings, JobStream, JobSubject, Consumer, cancellationToken);

    public static Task<INatsJSConsumer> EnsureSweepsAsync(INatsJSContext js, NatsSettings settings, CancellationToken cancellationToken) =>
        WorkQueueAsync(js, settings, SweepStream, SweepSubject, SweepConsumer, cancellationToken);

    public static Task<INatsJSConsumer> EnsureAlertsAsync(INatsJSContext js, NatsSettings settings, CancellationToken cancellationToken) =>
        WorkQueueAsync(js, settings, AlertStream, AlertSubject, AlertConsumer, cancellationToken);

    private static async Task<INatsJSConsumer> WorkQueueAsync(INatsJSContext js, NatsSettings settings, string stream, string subject, string consumer, CancellationToken cancellationToken)
    {
        await js.CreateOrUpdateStreamAsync(new StreamConfig(stream, [subject])
        {
            Retention = StreamConfigRetention.Workqueue,
            Storage = StreamConfigStorage.File,
            DuplicateWindow = DuplicateWindow,
        }, cancellationToken);
        await js.CreateOrUpdateStreamAsync(new StreamConfig(DeadStream, [DeadSubjects])
        {
            Storage = StreamConfigStorage.File,
            MaxMsgs = 10_000,
        }, cancellationToken);
        return await js.CreateOrUpdateConsumerAsync(stream, new ConsumerConfig(consumer)
        {
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = settings.AckWait,
            // One delivery more than the attempts: the last one only moves the job to the dead-letter subject, so a job
            // whose work kills every worker still gets there although no worker lived to give up on it.
            MaxDeliver = settings.MaxDeliver + 1,
            FilterSubject = subject,
        }, cancellationToken);
    }
}
