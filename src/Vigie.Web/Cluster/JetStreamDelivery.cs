using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using Vigie.Storage.Investigations;

namespace Vigie.Web.Cluster;

/// <summary>
/// A job delivered to this worker while it works on it: its message and the group of jobs it claimed (the name's
/// namesakes), kept in progress every third of the ack wait until the last of the group is finished, so that JetStream
/// redelivers the message only once its worker stopped giving news, and acknowledges it only once the whole group is.
/// </summary>
internal sealed class JetStreamDelivery(INatsJSMsg<byte[]> message, string name, IReadOnlyList<InvestigationJob> group, int deliveries) : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly HashSet<long> pending = [.. group.Select(j => j.FindingId)];
    private readonly Lock sync = new();
    private Task heartbeat = Task.CompletedTask;

    public INatsJSMsg<byte[]> Message => message;

    public string Name => name;

    /// <summary>The jobs claimed with the message, the first one first.</summary>
    public IReadOnlyList<InvestigationJob> Group => group;

    /// <summary>This delivery's number, 1 for the first (JetStream's count: a crash counts as one).</summary>
    public int Deliveries => deliveries;

    /// <summary>The latest time a job of the group asked to be tried again at; null when every job was completed.</summary>
    public DateTimeOffset? RetryAt { get; private set; }

    /// <summary>The jobs of the group not finished yet.</summary>
    public IReadOnlyList<InvestigationJob> Pending
    {
        get
        {
            lock (sync)
            {
                return [.. group.Where(j => pending.Contains(j.FindingId))];
            }
        }
    }

    /// <summary>Calls <paramref name="progress"/> every <paramref name="every"/> until the group ends; a failure is logged, and the jobs then run on unrenewed.</summary>
    public void KeepInProgress(Func<CancellationToken, Task> progress, TimeSpan every, TimeProvider time, ILogger logger) =>
        heartbeat = Task.Run(() => JetStreamHeartbeat.RunAsync(progress, every, time,
            e => logger.LogWarning("investigation queue: {Name} not kept in progress: {Message}", name, e.Message), stop.Token));

    /// <summary>One job of the group is finished (completed, or to be retried at <paramref name="retryAt"/>); true for the last one.</summary>
    public bool Finish(long findingId, DateTimeOffset? retryAt)
    {
        lock (sync)
        {
            pending.Remove(findingId);
            if (retryAt is { } at && (RetryAt is null || at > RetryAt))
            {
                RetryAt = at;
            }

            return pending.Count == 0;
        }
    }

    /// <summary>Stops keeping the group in progress, once the last renewal has finished.</summary>
    public async Task EndAsync()
    {
        await stop.CancelAsync();
        await heartbeat;
    }

    public async ValueTask DisposeAsync()
    {
        await EndAsync();
        stop.Dispose();
    }
}
