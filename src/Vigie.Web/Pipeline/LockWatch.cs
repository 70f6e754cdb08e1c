using Vigie.Storage.Database;

namespace Vigie.Web.Pipeline;

/// <summary>
/// Work that runs only while its holder keeps a database lock (one ingest worker per CT log, one worker for the DNS
/// re-checks): the lock's session is checked every <c>every</c> and before each commit (<see cref="EnsureHeldAsync"/>);
/// once it is lost, <see cref="Token"/> is cancelled so the work stops before another holder can start, and
/// <see cref="Lost"/> says why it stopped.
/// </summary>
internal sealed class LockWatch : IAsyncDisposable
{
    private readonly IHeldLock held;
    private readonly CancellationTokenSource source;
    private readonly Task watching;

    private LockWatch(IHeldLock held, TimeSpan every, TimeProvider time, CancellationToken stop)
    {
        this.held = held;
        source = CancellationTokenSource.CreateLinkedTokenSource(stop);
        watching = WatchAsync(every, time);
    }

    /// <summary>Cancelled when the lock is lost or the work is stopped.</summary>
    public CancellationToken Token => source.Token;

    public bool Lost { get; private set; }

    public static LockWatch Start(IHeldLock held, TimeSpan every, TimeProvider time, CancellationToken stop) => new(held, every, time, stop);

    /// <summary>Throws <see cref="OperationCanceledException"/> (and stops the work) when the lock is no longer held.</summary>
    public async Task EnsureHeldAsync(CancellationToken cancellationToken)
    {
        if (!await held.IsHeldAsync(cancellationToken))
        {
            await LoseAsync();
        }

        Token.ThrowIfCancellationRequested();
    }

    public async ValueTask DisposeAsync()
    {
        await source.CancelAsync();
        await watching;
        source.Dispose();
    }

    private async Task WatchAsync(TimeSpan every, TimeProvider time)
    {
        try
        {
            while (true)
            {
                await Task.Delay(every, time, source.Token);
                if (!await held.IsHeldAsync(source.Token))
                {
                    await LoseAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped, or the lock lost.
        }
    }

    private Task LoseAsync()
    {
        Lost = true;
        return source.CancelAsync();
    }
}
