namespace Vigie.Storage.Tests.Support;

/// <summary>A clock that starts at a fixed time and moves one second each time it is read, so that every write has its own time.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private long reads;

    public override DateTimeOffset GetUtcNow() => start.AddSeconds(Interlocked.Increment(ref reads) - 1);
}
