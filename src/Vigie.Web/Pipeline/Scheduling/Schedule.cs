using Cronos;
using Vigie.Web.Hosting;

namespace Vigie.Web.Pipeline.Scheduling;

/// <summary>
/// When a scheduled source runs: a cron expression as people write it (five fields, or six with seconds first;
/// the macros @hourly, @daily, @weekly), read by Cronos. Occurrences are taken in a time zone (an organisation's
/// for its sweeps, UTC otherwise), so "0 3 * * *" stays at 3 am across daylight saving changes.
/// </summary>
internal sealed record Schedule(string Text, CronExpression Cron)
{
    public static bool TryParse(string text, out Schedule schedule)
    {
        var format = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        var parsed = CronExpression.TryParse(text, format, out var cron);
        schedule = new Schedule(text, parsed && cron is not null ? cron : CronExpression.Daily);
        return parsed;
    }

    /// <summary>A schedule field of the serve configuration; a bad one stops the start with one line (<paramref name="where"/>: file, line, field).</summary>
    public static Schedule Read(string value, string where) =>
        TryParse(value, out var schedule)
            ? schedule
            : throw new ServeConfigException($"{where}: '{value}' is not a cron expression (minute hour day month weekday, e.g. '0 3 * * *', or @hourly, @daily, @weekly)");

    /// <summary>The first occurrence after <paramref name="after"/>; far in the future for an expression that never occurs again (a 30 February).</summary>
    public DateTimeOffset Next(DateTimeOffset after, TimeZoneInfo zone) =>
        Cron.GetNextOccurrence(after, zone) ?? DateTimeOffset.MaxValue;

    public override string ToString() => Text;
}
