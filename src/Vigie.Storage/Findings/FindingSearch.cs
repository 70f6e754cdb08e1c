using System.Data.Common;
using System.Globalization;
using Vigie.Storage.Database;

namespace Vigie.Storage.Findings;

/// <summary>
/// Whether SQLite answers a search from findings_search, the FTS5 trigram table of schema step 17, and with which
/// MATCH. SQLite hands no LIKE with ESCAPE to FTS5, so FTS5 is asked for the findings holding every trigram that
/// covers the searched text (every third one and the last: "login-en-marche-4" is log, in-, en-, mar, che, e-4), and
/// the search's LIKE (<see cref="FindingFilter"/>) still decides. Those few trigrams, not the phrase of all fifteen,
/// because each trigram that every name holds (those of the brand) costs a pass over positions: 1.1 ms against 3.1 ms
/// over 100,000 findings. Each finding the index gives costs a lookup of its row (about 2 µs, against 0.2 µs a name
/// for the scan, bench/README.md "findings"), so a search that most findings match (the brand itself) is left to the
/// scan: the index is asked first for at most a sixteenth of the store (at least 1,000), and used only if it has
/// fewer. PostgreSQL's planner makes that choice itself from its statistics, for the LIKE alone.
/// </summary>
internal static class FindingSearch
{
    private const string Probe = """
        WITH cap (n) AS (SELECT MAX(1000, COALESCE(MAX(id), 0) / 16) FROM findings)
        SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM findings_search WHERE findings_search MATCH @trigrams LIMIT (SELECT n FROM cap))) < n FROM cap
        """;

    /// <summary>The MATCH to filter on, or null for the scan: PostgreSQL, no search, fewer than three characters (no trigram), or too many matches.</summary>
    public static async Task<string?> TrigramsAsync(DbConnection connection, DatabaseKind kind, FindingQuery query, CancellationToken cancellationToken)
    {
        if (kind != DatabaseKind.Sqlite || FindingFilter.SearchText(query) is not { } text || Covering(text) is not { } trigrams)
        {
            return null;
        }

        await using var probe = connection.Command(Probe).With("@trigrams", trigrams);
        return Convert.ToInt64(await probe.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1 ? trigrams : null;
    }

    /// <summary>Every third trigram of the text's characters (code points, as the tokenizer counts) and the last, each an FTS5 string, all required.</summary>
    private static string? Covering(string text)
    {
        var runes = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        if (runes.Count < 3)
        {
            return null;
        }

        var starts = Enumerable.Range(0, runes.Count - 2).Where(i => i % 3 == 0 || i == runes.Count - 3);
        return string.Join(" AND ", starts.Select(i => "\"" + string.Concat(runes.GetRange(i, 3)).Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }
}
