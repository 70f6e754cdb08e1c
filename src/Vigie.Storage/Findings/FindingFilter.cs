using System.Data.Common;
using System.Text;
using Vigie.Storage.Database;

namespace Vigie.Storage.Findings;

/// <summary>
/// The WHERE and ORDER BY of a <see cref="FindingQuery"/>, with only the filters given (no "@x IS NULL OR …": the
/// planners of both databases then pick the index of the sort or of the organisation without guessing).
/// </summary>
internal static class FindingFilter
{
    public static string Where(FindingQuery query, DbCommand command, string? searchTrigrams = null)
    {
        var where = new List<string>();
        if (query.OrganisationId is { } organisation)
        {
            where.Add("f.organisation_id = @org");
            command.With("@org", organisation);
        }

        if (query.States is { Count: > 0 } states)
        {
            var names = states.Distinct().Select((s, i) => (Name: $"@state{i}", Value: StoredEnum<TriageState>.Format(s))).ToList();
            names.ForEach(n => command.With(n.Name, n.Value));
            where.Add($"f.state IN ({string.Join(", ", names.Select(n => n.Name))})");
        }

        if (query.MinScore is { } min)
        {
            where.Add("f.score >= @min");
            command.With("@min", (long)min);
        }

        if (query.MaxScore is { } max)
        {
            where.Add("f.score <= @max");
            command.With("@max", (long)max);
        }

        if (query.Source is { } source)
        {
            where.Add("(f.source_kinds & @kinds) <> 0");
            command.With("@kinds", SourceKindBits.Of(source));
        }

        if (query.FirstSeenFrom is { } from)
        {
            where.Add("f.first_seen >= @from");
            command.With("@from", StoredTime.Format(from));
        }

        if (query.FirstSeenTo is { } to)
        {
            where.Add("f.first_seen < @to");
            command.With("@to", StoredTime.Format(to));
        }

        if (query.Live is { } live)
        {
            where.Add("f.live = @live");
            command.With("@live", live ? 1L : 0L);
        }

        if (SearchText(query) is { } text)
        {
            // Names are stored lower-case; LIKE is case-sensitive in PostgreSQL, so the pattern is lowered here. The
            // LIKE decides in both databases; PostgreSQL's planner answers it from the trigram indexes of schema step
            // 17 when they pay. On SQLite, the trigrams of FindingSearch narrow it to the findings the FTS5 table gives.
            where.Add(@"(f.name LIKE @search ESCAPE '\' OR f.unicode LIKE @search ESCAPE '\')");
            command.With("@search", "%" + Escape(text) + "%");
            if (searchTrigrams is not null)
            {
                where.Add("f.id IN (SELECT rowid FROM findings_search WHERE findings_search MATCH @trigrams)");
                command.With("@trigrams", searchTrigrams);
            }
        }

        return where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
    }

    /// <summary>The search as the database compares it, or null without one.</summary>
    public static string? SearchText(FindingQuery query) => string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim().ToLowerInvariant();

    public static string OrderBy(FindingQuery query)
    {
        var column = query.Sort switch
        {
            FindingSort.FirstSeen => "f.first_seen",
            FindingSort.LastSeen => "f.last_seen",
            FindingSort.Name => "f.name",
            _ => "f.score",
        };
        var direction = query.Descending ? "DESC" : "ASC";
        return $" ORDER BY {column} {direction}, f.id {direction}";
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
