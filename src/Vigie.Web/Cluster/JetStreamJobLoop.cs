using NATS.Client.JetStream;
using Vigie.Web.Pipeline;

namespace Vigie.Web.Cluster;

/// <summary>
/// A worker's loop over a durable pull consumer: one job at a time, fetched with a short wait so a stop is seen soon;
/// NATS or the database out of reach is reported and waited out with back-off, never the end of the worker.
/// </summary>
internal static class JetStreamJobLoop
{
    private static readonly TimeSpan FetchWait = TimeSpan.FromSeconds(5);

    /// <param name="ensure">the consumer, created or brought up to date (once)</param>
    /// <param name="handle">one delivered job, acknowledged, sent back or buried before it returns</param>
    /// <param name="waiting">before each fetch: the worker is idle</param>
    /// <param name="failing">the queue's failure in one line, and how long until the next try</param>
    /// <param name="maxBackoff">the longest wait after failures in a row</param>
    /// <param name="time">the clock</param>
    /// <param name="cancel">SIGTERM: ends the loop, the job in hand handed over</param>
    public static async Task RunAsync(Func<CancellationToken, Task<INatsJSConsumer>> ensure, Func<INatsJSMsg<byte[]>, CancellationToken, Task> handle,
        Action waiting, Action<string, TimeSpan> failing, TimeSpan maxBackoff, TimeProvider time, CancellationToken cancel)
    {
        INatsJSConsumer? consumer = null;
        var failures = 0;
        while (!cancel.IsCancellationRequested)
        {
            try
            {
                consumer ??= await ensure(cancel);
                waiting();
                if (await consumer.NextAsync<byte[]>(opts: new NatsJSNextOpts { Expires = FetchWait }, cancellationToken: cancel) is { } delivered)
                {
                    await handle(delivered, cancel);
                }

                failures = 0;
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (QueueFailure.Is(e))
            {
                var wait = PipelineBackoff.Delay(++failures, maxBackoff);
                failing(e.Message, wait);
                await Task.Delay(wait, time, cancel);
            }
        }
    }
}
