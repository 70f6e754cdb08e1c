using System.Globalization;

namespace Vigie.Storage.Database;

/// <summary>
/// Times as stored: ISO 8601 UTC text of fixed width (seven fractional digits), so that text order is time order
/// in SQLite and PostgreSQL alike and range filters compare strings.
/// </summary>
internal static class StoredTime
{
    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? time) => time is { } t ? Format(t) : null;

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ParseOrNull(string? text) => text is null ? null : Parse(text);
}
