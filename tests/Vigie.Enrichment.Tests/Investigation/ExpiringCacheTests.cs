using Vigie.Enrichment.Investigation;
using Vigie.TestSupport;

namespace Vigie.Enrichment.Tests.Investigation;

public sealed class ExpiringCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ManualClock clock = new(Start);
    private int runs;

    [Fact]
    public async Task GetAsync_TwiceWithinKeep_WorkDoneOnce()
    {
        var cache = new ExpiringCache<string, string>(clock, TimeSpan.FromDays(1), TimeSpan.FromMinutes(10));

        var first = await cache.GetAsync("icon", Work);
        clock.Now = Start.AddHours(23);
        var second = await cache.GetAsync("icon", Work);

        Assert.Equal(("value 1", "value 1"), (first, second));
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task GetAsync_OlderThanKeep_WorkDoneAgain()
    {
        var cache = new ExpiringCache<string, string>(clock, TimeSpan.FromDays(1), TimeSpan.FromMinutes(10));
        await cache.GetAsync("icon", Work);

        clock.Now = Start.AddDays(1);

        Assert.Equal("value 2", await cache.GetAsync("icon", Work));
    }

    [Fact]
    public async Task GetAsync_ConcurrentCallers_ShareOneRun()
    {
        var cache = new ExpiringCache<string, string>(clock, TimeSpan.FromDays(1), TimeSpan.FromMinutes(10));
        var release = new TaskCompletionSource();
        async Task<string?> Slow(string key)
        {
            await release.Task;
            return await Work(key);
        }

        var waiting = Enumerable.Range(0, 8).Select(_ => cache.GetAsync("page", Slow)).ToList();
        release.SetResult();

        Assert.All(await Task.WhenAll(waiting), v => Assert.Equal("value 1", v));
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task GetAsync_WorkFoundNothing_TriedAgainAfterRetryNotBefore()
    {
        var cache = new ExpiringCache<string, string>(clock, Timeout.InfiniteTimeSpan, TimeSpan.FromMinutes(10));
        Assert.Null(await cache.GetAsync("page", _ => { runs++; return Task.FromResult<string?>(null); }));

        clock.Now = Start.AddMinutes(9);
        var early = await cache.GetAsync("page", Work);
        clock.Now = Start.AddMinutes(10);
        var late = await cache.GetAsync("page", Work);

        Assert.Null(early);
        Assert.Equal("value 2", late);
    }

    [Fact]
    public async Task GetAsync_WorkThrew_TriedAgainAfterRetry()
    {
        var cache = new ExpiringCache<string, string>(clock, Timeout.InfiniteTimeSpan, TimeSpan.FromMinutes(10));
        await Assert.ThrowsAsync<IOException>(() => cache.GetAsync("page", _ => Task.FromException<string?>(new IOException("down"))));

        clock.Now = Start.AddMinutes(10);

        Assert.Equal("value 1", await cache.GetAsync("page", Work));
    }

    [Fact]
    public async Task GetAsync_InfiniteKeep_NeverWorkedAgain()
    {
        var cache = new ExpiringCache<string, string>(clock, Timeout.InfiniteTimeSpan, TimeSpan.FromMinutes(10));
        await cache.GetAsync("page", Work);

        clock.Now = Start.AddYears(1);

        Assert.Equal("value 1", await cache.GetAsync("page", Work));
    }

    private Task<string?> Work(string key) => Task.FromResult<string?>($"value {Interlocked.Increment(ref runs)}");
}
