using System.Diagnostics;

namespace Vigie.TestSupport;

/// <summary>Waits for what another process or a server does, checking often, failing after a limit.</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"condition not met within {limit.TotalSeconds} s");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>As above, for a condition read from a store or a server (checked every 50 ms).</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"condition not met within {limit.TotalSeconds} s");
            }

            await Task.Delay(50);
        }
    }
}
