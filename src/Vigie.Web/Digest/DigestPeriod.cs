using System.Globalization;

namespace Vigie.Web.Digest;

/// <summary>The findings a digest covers: first seen from <paramref name="From"/> (inclusive) to <paramref name="To"/> (exclusive).</summary>
internal sealed record DigestPeriod(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>An ISO 8601 week ("2026-W48"), Monday 00:00 to the next Monday 00:00 in <paramref name="zone"/>.</summary>
    public static DigestPeriod Week(string isoWeek, TimeZoneInfo zone)
    {
        var parts = isoWeek.Split("-W", 2);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            || year is < 2000 or > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new FormatException($"'{isoWeek}' is not an ISO week such as 2026-W48");
        }

        var monday = ISOWeek.ToDateTime(year, week, DayOfWeek.Monday);
        return new DigestPeriod(At(monday, zone), At(monday.AddDays(7), zone));
    }

    /// <summary>The last complete ISO week before <paramref name="now"/> in <paramref name="zone"/>: what a Monday digest covers.</summary>
    public static DigestPeriod LastWeek(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime.Date;
        var thisMonday = local.AddDays(-(((int)local.DayOfWeek + 6) % 7));
        return new DigestPeriod(At(thisMonday.AddDays(-7), zone), At(thisMonday, zone));
    }

    /// <summary>Dates ("2026-11-23") at midnight in <paramref name="zone"/>; <paramref name="until"/> is inclusive, as people say it.</summary>
    public static DigestPeriod Between(DateOnly since, DateOnly? until, DateTimeOffset now, TimeZoneInfo zone)
    {
        var to = until is { } u ? At(u.AddDays(1).ToDateTime(TimeOnly.MinValue), zone) : now;
        var from = At(since.ToDateTime(TimeOnly.MinValue), zone);
        return from < to ? new DigestPeriod(from, to) : throw new FormatException($"--since {since:yyyy-MM-dd} is not before the end of the period");
    }

    /// <summary>The last day of the period, inclusive, in <paramref name="zone"/>.</summary>
    public DateTime LastDay(TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(To.AddTicks(-1), zone).DateTime.Date;

    public DateTime FirstDay(TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(From, zone).DateTime.Date;

    private static DateTimeOffset At(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A midnight skipped by a daylight-saving change does not exist; the next valid hour is meant.
        while (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
