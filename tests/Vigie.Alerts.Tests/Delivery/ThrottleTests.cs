using Vigie.Alerts.Delivery;
using Vigie.TestSupport;

namespace Vigie.Alerts.Tests.Delivery;

public sealed class ThrottleTests
{
    [Fact]
    public void Take_BeyondThePerMinuteBurst_WaitsForTheNextToken()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var throttle = new Throttle(6, clock);

        Assert.All(Enumerable.Range(0, 6), _ => Assert.Equal(TimeSpan.Zero, throttle.Take()));
        Assert.Equal(TimeSpan.FromSeconds(10), throttle.Take());
        clock.Now += TimeSpan.FromSeconds(10);
        Assert.Equal(TimeSpan.Zero, throttle.Take());
    }

    [Fact]
    public void Refund_AfterTake_TokenBack()
    {
        var throttle = new Throttle(1, new ManualClock(DateTimeOffset.UnixEpoch));

        Assert.Equal(TimeSpan.Zero, throttle.Take());
        throttle.Refund();

        Assert.Equal(TimeSpan.Zero, throttle.Take());
    }

    [Fact]
    public void Take_NoLimit_NeverWaits()
    {
        var throttle = new Throttle(0, new ManualClock(DateTimeOffset.UnixEpoch));

        Assert.All(Enumerable.Range(0, 1000), _ => Assert.Equal(TimeSpan.Zero, throttle.Take()));
    }
}
