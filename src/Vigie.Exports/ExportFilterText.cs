using System.Globalization;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;

namespace Vigie.Exports;

/// <summary>
/// An <see cref="ExportFilter"/> from text, as the CLI's options and the API's query parameters give it (the same
/// words, the same one-line errors): states repeatable or comma-separated, "all" for every state; since a date
/// (yyyy-mm-dd, UTC) or an ISO 8601 time; min-score 0 to 100.
/// </summary>
internal static class ExportFilterText
{
    public static ExportFilter Parse(string? organisation, string? since, IEnumerable<string> states, string? minScore)
    {
        var chosen = states.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        List<TriageState>? parsed = null;
        if (chosen.Count > 0)
        {
            parsed = chosen.Contains("all", StringComparer.OrdinalIgnoreCase)
                ? [.. Enum.GetValues<TriageState>()]
                : [.. chosen.Select(s => StoredEnum<TriageState>.TryParse(s, out var state) ? state
                    : throw new ExportException($"state: '{s}' is not one of all, {string.Join(", ", StoredEnum<TriageState>.All)}"))];
        }

        return new ExportFilter(
            string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim(),
            string.IsNullOrWhiteSpace(since) ? null : Since(since.Trim()),
            parsed,
            string.IsNullOrWhiteSpace(minScore) ? null
                : int.TryParse(minScore, NumberStyles.None, CultureInfo.InvariantCulture, out var min) && min <= 100 ? min
                : throw new ExportException($"min-score: '{minScore}' is not a whole number from 0 to 100"));
    }

    private static DateTimeOffset Since(string text) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day) ? day
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) && text.Contains('T', StringComparison.Ordinal) ? time
        : throw new ExportException($"since: '{text}' is not a date (yyyy-mm-dd) or an ISO 8601 time");
}
