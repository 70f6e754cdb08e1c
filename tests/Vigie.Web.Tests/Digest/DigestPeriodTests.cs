using Vigie.Web.Digest;

namespace Vigie.Web.Tests.Digest;

public sealed class DigestPeriodTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void Week_IsoWeek_MondayMidnightToMondayMidnightInTheZone()
    {
        var week = DigestPeriod.Week("2026-W48", Paris);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(1)), week.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(1)), week.To);
        Assert.Equal(new DateTime(2026, 11, 29), week.LastDay(Paris));
    }

    [Fact]
    public void LastWeek_MondayMorning_ThePreviousIsoWeek()
    {
        var period = DigestPeriod.LastWeek(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero), Paris);

        Assert.Equal(DigestPeriod.Week("2026-W48", Paris), period);
    }

    [Theory]
    [InlineData("2026-48")]
    [InlineData("2026-W54")]
    [InlineData("W48")]
    public void Week_NotAnIsoWeek_FormatException(string text)
    {
        var error = Assert.Throws<FormatException>(() => DigestPeriod.Week(text, Paris));

        Assert.Equal($"'{text}' is not an ISO week such as 2026-W48", error.Message);
    }
}
