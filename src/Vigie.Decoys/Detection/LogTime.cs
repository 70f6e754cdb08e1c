using System.Globalization;

namespace Vigie.Decoys.Detection;

/// <summary>
/// Times as sign-in logs write them: ISO 8601 (Graph, Okta, Google, RFC 5424 syslog), the Azure portal's US form of
/// the Log Analytics export ("4/28/2021, 2:08:45.221 PM", UTC), Unix seconds, and RFC 3164 syslog ("Feb 21 21:54:44",
/// no year: the latest such time not after now). A time without a zone is UTC.
/// </summary>
internal static class LogTime
{
    private static readonly string[] PortalFormats = ["M/d/yyyy, h:mm:ss.fff tt", "M/d/yyyy, h:mm:ss tt", "M/d/yyyy h:mm:ss tt"];

    public static DateTimeOffset? Parse(string? text, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        const DateTimeStyles utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(text, PortalFormats, CultureInfo.InvariantCulture, utc, out var portal))
        {
            return portal;
        }

        if (char.IsAsciiDigit(text[0]) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, utc, out var iso) && text.Contains('-', StringComparison.Ordinal))
        {
            return iso;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and < 100_000_000_000)
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        var bsd = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (DateTime.TryParseExact($"{now.UtcDateTime.Year} {bsd}", "yyyy MMM d HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var local))
        {
            var time = new DateTimeOffset(local, TimeSpan.Zero);
            return time > now.AddDays(1) ? time.AddYears(-1) : time;
        }

        return null;
    }
}
