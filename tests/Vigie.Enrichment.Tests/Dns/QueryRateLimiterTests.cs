using System.Diagnostics;
using Vigie.Enrichment.Dns;

namespace Vigie.Enrichment.Tests.Dns;

public sealed class QueryRateLimiterTests
{
    [Fact]
    public async Task WaitAsync_MoreThanBurstAt200PerSecond_SpacedOut()
    {
        // 200/s allows a burst of 10; the 50 after it are 5 ms apart: at least 250 ms in all.
        var limiter = new QueryRateLimiter(200, TimeProvider.System);
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < 60; i++)
        {
            await limiter.WaitAsync(CancellationToken.None);
        }

        Assert.InRange(clock.ElapsedMilliseconds, 230, 5000);
    }

    [Fact]
    public async Task WaitAsync_NoLimit_NeverWaits()
    {
        var limiter = new QueryRateLimiter(0, TimeProvider.System);
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < 100_000; i++)
        {
            await limiter.WaitAsync(CancellationToken.None);
        }

        Assert.InRange(clock.ElapsedMilliseconds, 0, 2000);
    }
}
