using Vigie.Storage.Sources;
using Vigie.Web.Cluster;
using Vigie.Web.Pipeline.Scheduling;

namespace Vigie.Web.Tests.Cluster;

public sealed class SweepSlotsTests
{
    private static readonly Schedule Daily = Schedule.Read("0 3 * * *", "test");
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Due_NeverSwept_FirstSweepDueNow()
    {
        Assert.Equal(((DateTimeOffset?)null, true), SweepSlots.Due(null, Daily, TimeZoneInfo.Utc, Monday));
    }

    [Fact]
    public void Due_FinishedAndNextOccurrenceAhead_NotDue()
    {
        var last = Round(Monday.AddHours(3), Monday.AddHours(4));
        Assert.False(SweepSlots.Due(last, Daily, TimeZoneInfo.Utc, Monday.AddHours(20)).Due);
    }

    [Fact]
    public void Due_FinishedAndOccurrencesPassed_DueAtTheFirstOccurrenceAfterTheEnd()
    {
        var last = Round(Monday.AddHours(3), Monday.AddHours(4));
        Assert.Equal(((DateTimeOffset?)Monday.AddDays(1).AddHours(3), true), SweepSlots.Due(last, Daily, TimeZoneInfo.Utc, Monday.AddDays(3)));
    }

    [Fact]
    public void Due_UnfinishedWithoutOccurrenceSinceItsStart_NotDue()
    {
        Assert.False(SweepSlots.Due(Round(Monday.AddHours(3), null), Daily, TimeZoneInfo.Utc, Monday.AddHours(23)).Due);
    }

    [Fact]
    public void Due_UnfinishedAndOccurrencesPassed_DueAtTheLatest()
    {
        Assert.Equal(((DateTimeOffset?)Monday.AddDays(2).AddHours(3), true), SweepSlots.Due(Round(Monday.AddHours(3), null), Daily, TimeZoneInfo.Utc, Monday.AddDays(2).AddHours(5)));
    }

    [Fact]
    public void Due_TwoSchedulersAtDifferentTimesOfOneSlot_SameDueTime()
    {
        var last = Round(Monday.AddHours(3), Monday.AddHours(4));
        Assert.Equal(SweepSlots.Due(last, Daily, TimeZoneInfo.Utc, Monday.AddDays(1).AddHours(3)), SweepSlots.Due(last, Daily, TimeZoneInfo.Utc, Monday.AddDays(1).AddHours(9)));
    }

    [Fact]
    public void Done_RoundFinishedAfterTheDueTime_True()
    {
        Assert.True(SweepSlots.Done(Round(Monday.AddHours(3), Monday.AddHours(4)), Monday.AddHours(3)));
    }

    [Fact]
    public void Done_RoundFinishedBeforeTheDueTime_False()
    {
        Assert.False(SweepSlots.Done(Round(Monday.AddHours(3), Monday.AddHours(4)), Monday.AddDays(1).AddHours(3)));
    }

    [Fact]
    public void Done_RoundUnfinished_False()
    {
        Assert.False(SweepSlots.Done(Round(Monday.AddHours(3), null), Monday.AddHours(3)));
        Assert.False(SweepSlots.Done(null, null));
    }

    [Fact]
    public void Done_FirstSweepAndARoundFinished_True()
    {
        Assert.True(SweepSlots.Done(Round(Monday, Monday.AddHours(1)), null));
    }

    private static SourceRound Round(DateTimeOffset started, DateTimeOffset? finished) => new("sweep:en-marche", "r", started, finished);
}
