using System.Data.Common;
using Microsoft.Extensions.Logging;
using Vigie.Storage.Database;
using Vigie.Web.Hosting;

namespace Vigie.Web.Pipeline;

/// <summary>
/// Work one process of a cluster does at a time (README, "Running on several machines"): it runs while this process
/// holds the named database lock; while another process holds it, this one stands by and tries again every
/// <see cref="Standby"/>, so it takes the work over within that time once the holder dies. A holder whose lock's
/// session ends while it lives (a server restart, a network cut, pg_terminate_backend) notices it within
/// <see cref="Standby"/> and before each commit (<see cref="LockWatch"/>), stops, and stands by in turn.
/// </summary>
internal sealed class LockedWork(VigieDatabase database, PipelineContext context, string lockName, string statusName, string standbyState, string lostMessage,
    TimeSpan maxBackoff)
{
    /// <summary>How often a standing-by process tries to take the work over, and how often the holder checks its lock.</summary>
    public static readonly TimeSpan Standby = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="work"/> under the lock until <paramref name="stop"/>; <paramref name="lostAsync"/> records a loss where the work reports.</summary>
    public async Task RunAsync(Func<LockWatch, Task> work, Func<string, Task>? lostAsync, CancellationToken stop)
    {
        (string Message, DateTimeOffset At)? lost = null;
        for (var failures = 0; ; )
        {
            try
            {
                await using (var held = await database.TryLockAsync(lockName, stop))
                {
                    if (held is not null && !await RunWhileHeldAsync(work, held, stop))
                    {
                        lost = (lostMessage, context.Time.GetUtcNow());
                        context.Logger.LogWarning("{Message}", lostMessage);
                        if (lostAsync is not null)
                        {
                            await lostAsync(lostMessage);
                        }
                    }
                }

                failures = 0;
                context.Workers.Report(new WorkerStatus(statusName, standbyState, null, lost?.Message, lost?.At, context.Time.GetUtcNow() + Standby));
                await Task.Delay(Standby, context.Time, stop);
            }
            catch (DbException e)
            {
                var wait = PipelineBackoff.Delay(++failures, maxBackoff);
                context.Workers.Report(new WorkerStatus(statusName, "failing", null, e.Message, context.Time.GetUtcNow(), context.Time.GetUtcNow() + wait));
                await Task.Delay(wait, context.Time, stop);
            }
        }
    }

    /// <summary>False when the work stopped because the lock was lost.</summary>
    private async Task<bool> RunWhileHeldAsync(Func<LockWatch, Task> work, IHeldLock held, CancellationToken stop)
    {
        await using var watch = LockWatch.Start(held, Standby, context.Time, stop);
        try
        {
            await work(watch);
            return true;
        }
        catch (OperationCanceledException) when (watch.Lost && !stop.IsCancellationRequested)
        {
            return false;
        }
    }
}
