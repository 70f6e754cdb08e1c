using System.Data.Common;
using Vigie.Storage.Database;

namespace Vigie.Storage.Findings;

/// <summary>The columns of a <see cref="Finding"/> (findings as f, joined with organisations as o) and how to read them.</summary>
internal static class FindingRows
{
    public const string Columns = """
        f.id, f.organisation_id, o.slug, f.name, f.unicode, f.target, f.techniques, f.score, f.explanation, f.first_seen, f.last_seen,
        f.live, f.source_kinds, f.state, f.state_changed_at, f.verdict, f.risk_score, f.verdict_at, f.screenshot_sha256
        """;

    public const string From = "findings f JOIN organisations o ON o.id = f.organisation_id";

    public static Finding Read(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetString(2),
        r.GetString(3),
        r.GetString(4),
        r.GetString(5),
        r.GetString(6).Split(',', StringSplitOptions.RemoveEmptyEntries),
        (int)r.GetInt64(7),
        r.GetString(8),
        StoredTime.Parse(r.GetString(9)),
        StoredTime.Parse(r.GetString(10)),
        r.GetInt64(11) != 0,
        SourceKindBits.Read(r.GetInt64(12)),
        StoredEnum<TriageState>.Parse(r.GetString(13)),
        StoredTime.Parse(r.GetString(14)),
        r.IsDBNull(15) ? null : r.GetString(15),
        r.IsDBNull(16) ? null : (int)r.GetInt64(16),
        r.IsDBNull(17) ? null : StoredTime.Parse(r.GetString(17)),
        r.IsDBNull(18) ? null : r.GetString(18));
}
