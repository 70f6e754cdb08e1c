using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;

namespace Vigie.Web.Cluster;

/// <summary>
/// A job delivered to this worker while it works on it: its message, kept in progress every third of the ack wait
/// until <see cref="EndAsync"/>, so that JetStream redelivers it only once its worker stopped giving news.
/// </summary>
internal sealed class JetStreamDelivery(INatsJSMsg<byte[]> message, InvestigationMessage job, string name, int deliveries) : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private Task heartbeat = Task.CompletedTask;

    public INatsJSMsg<byte[]> Message => message;

    public InvestigationMessage Job => job;

    public string Name => name;

    /// <summary>This delivery's number, 1 for the first (JetStream's count: a crash counts as one).</summary>
    public int Deliveries => deliveries;

    /// <summary>Calls <paramref name="progress"/> every <paramref name="every"/> until the job ends; a failure is logged, and the job then runs on unrenewed.</summary>
    public void KeepInProgress(Func<CancellationToken, Task> progress, TimeSpan every, TimeProvider time, ILogger logger) => heartbeat = Task.Run(async () =>
    {
        try
        {
            while (true)
            {
                await Task.Delay(every, time, stop.Token);
                await progress(stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended.
        }
        catch (Exception e) when (QueueFailure.Is(e))
        {
            logger.LogWarning("investigation queue: job {FindingId} not kept in progress: {Message}", job.FindingId, e.Message);
        }
    });

    /// <summary>Stops keeping the job in progress, once the last renewal has finished.</summary>
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
