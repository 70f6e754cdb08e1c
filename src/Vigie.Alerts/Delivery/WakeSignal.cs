namespace Vigie.Alerts.Delivery;

/// <summary>Lets the router wake a channel's worker as soon as it queued something, instead of at the worker's next look.</summary>
internal sealed class WakeSignal
{
    private TaskCompletionSource current = New();

    public void Wake() => Volatile.Read(ref current).TrySetResult();

    /// <summary>Returns when woken (since the last return) or after <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var source = Volatile.Read(ref current);
        if (!source.Task.IsCompleted && timeout > TimeSpan.Zero)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(source.Task, Task.Delay(timeout, time, stop.Token));
            await stop.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (source.Task.IsCompleted)
        {
            // A wake after this point lands on the new source, so the next wait returns at once: none is lost.
            Interlocked.CompareExchange(ref current, New(), source);
        }
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
