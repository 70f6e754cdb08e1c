using System.Globalization;

namespace Vigie.Exports.Stix;

/// <summary>STIX timestamps (§3.2): RFC 3339 in UTC with "Z"; created and modified need millisecond precision, so every time is written so.</summary>
internal static class StixTime
{
    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Times truncated to the millisecond they are written with, so comparisons hold for what a reader sees.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time) => new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
