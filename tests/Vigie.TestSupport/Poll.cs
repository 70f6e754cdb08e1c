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
}
