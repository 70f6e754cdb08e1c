using System.Data.Common;
using Vigie.Storage.Database;

namespace Vigie.Storage.Findings;

/// <summary>
/// Whether SQLite answers a search from findings_search, the FTS5 trigram table of schema step 17, and with which
/// phrase. SQLite hands no LIKE with ESCAPE to FTS5, so the searched text as an FTS5 phrase (its trigrams one after
/// the other, case folded) picks the findings that contain it, and the search's LIKE (<see cref="FindingFilter"/>)
/// still decides. Each finding the index gives costs a lookup of its row (about 2 µs, against 0.2 µs a name for the
/// scan, bench/README.md "findings"), so a search that most findings match (the brand itself) is left to the scan:
/// the index is asked first for at most a sixteenth of the store (at least 1,000), and used only if it has fewer.
/// PostgreSQL's planner makes that choice itself from its statistics, for the LIKE alone.
/// </summary>
internal static class FindingSearch
{
    private const string Probe = """
        WITH cap (n) AS (SELECT MAX(1000, COALESCE(MAX(id), 0) / 16) FROM findings)
        SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM findings_search WHERE findings_search MATCH @phrase LIMIT (SELECT n FROM cap))) < n FROM cap
        """;

    /// <summary>The phrase to filter on, or null for the scan: PostgreSQL, no search, fewer than three characters (no trigram), or too many matches.</summary>
    public static async Task<string?> PhraseAsync(DbConnection connection, DatabaseKind kind, FindingQuery query, CancellationToken cancellationToken)
    {
        if (kind != DatabaseKind.Sqlite || FindingFilter.SearchText(query) is not { } text || text.EnumerateRunes().Count() < 3)
        {
            return null;
        }

        var phrase = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var probe = connection.Command(Probe).With("@phrase", phrase);
        return Convert.ToInt64(await probe.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1 ? phrase : null;
    }
}
