namespace Vigie.Web.Cluster;

/// <summary>
/// "In progress" for a delivered job, every <c>every</c> until <c>stop</c>: a job lasting longer than the ack wait stays
/// with its live worker, and is redelivered an ack wait after its worker died. Shared by the investigation, sweep and
/// alert queues.
/// </summary>
internal static class JetStreamHeartbeat
{
    /// <summary>Beats until <paramref name="stop"/>; a queue failure ends the beating and is handed to <paramref name="failed"/>.</summary>
    public static async Task RunAsync(Func<CancellationToken, Task> beat, TimeSpan every, TimeProvider time, Action<Exception> failed, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(every, time, stop);
                await beat(stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended.
        }
        catch (Exception e) when (QueueFailure.Is(e))
        {
            failed(e);
        }
    }
}
