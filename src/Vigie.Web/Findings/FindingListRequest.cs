using System.Globalization;
using Microsoft.AspNetCore.Http;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;

namespace Vigie.Web.Findings;

/// <summary>
/// The findings list's query string, shared by the page and the API: org, state (repeatable), min, max, source,
/// from, to (yyyy-mm-dd, UTC, both inclusive), live, q, sort (score, first_seen, last_seen, name), dir (asc, desc),
/// page, size. A value that cannot be read is an error naming the parameter.
/// </summary>
internal static class FindingListRequest
{
    public static FindingQuery Parse(IQueryCollection query)
    {
        var states = new List<TriageState>();
        foreach (var state in query["state"].Where(s => !string.IsNullOrEmpty(s)))
        {
            states.Add(StoredEnum<TriageState>.TryParse(state!, out var s) ? s : throw Bad("state", state, StoredEnum<TriageState>.All));
        }

        var to = Date(query, "to");
        return new FindingQuery(
            OrganisationId: Number(query, "org", 1, long.MaxValue),
            States: states,
            MinScore: (int?)Number(query, "min", 0, 100),
            MaxScore: (int?)Number(query, "max", 0, 100),
            Source: Text(query, "source") is { } source
                ? StoredEnum<SourceKind>.TryParse(source, out var kind) ? kind : throw Bad("source", source, StoredEnum<SourceKind>.All)
                : null,
            FirstSeenFrom: Date(query, "from"),
            FirstSeenTo: to?.AddDays(1),
            Live: Text(query, "live") switch
            {
                null => null,
                "yes" or "true" => true,
                "no" or "false" => false,
                var other => throw Bad("live", other, ["yes", "no"]),
            },
            Search: Text(query, "q"),
            Sort: Text(query, "sort") switch
            {
                null or "score" => FindingSort.Score,
                "first_seen" => FindingSort.FirstSeen,
                "last_seen" => FindingSort.LastSeen,
                "name" => FindingSort.Name,
                var other => throw Bad("sort", other, ["score", "first_seen", "last_seen", "name"]),
            },
            Descending: Text(query, "dir") switch
            {
                null or "desc" => true,
                "asc" => false,
                var other => throw Bad("dir", other, ["asc", "desc"]),
            },
            Page: (int)(Number(query, "page", 1, 1_000_000) ?? 1),
            PageSize: (int)(Number(query, "size", 1, FindingQuery.MaxPageSize) ?? 50));
    }

    public static string SortName(FindingSort sort) => sort switch
    {
        FindingSort.FirstSeen => "first_seen",
        FindingSort.LastSeen => "last_seen",
        FindingSort.Name => "name",
        _ => "score",
    };

    private static string? Text(IQueryCollection query, string name) =>
        query[name].LastOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static long? Number(IQueryCollection query, string name, long min, long max) =>
        Text(query, name) is not { } text ? null
        : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new BadQueryException($"{name}: '{text}' is not a whole number from {min} to {max}");

    private static DateTimeOffset? Date(IQueryCollection query, string name) =>
        Text(query, name) is not { } text ? null
        : DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day)
            ? new DateTimeOffset(day, TimeSpan.Zero)
            : throw new BadQueryException($"{name}: '{text}' is not a date like 2026-12-01");

    private static BadQueryException Bad(string name, string? value, IEnumerable<string> expected) =>
        new($"{name}: '{value}' is not one of {string.Join(", ", expected)}");
}
