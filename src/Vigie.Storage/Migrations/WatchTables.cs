namespace Vigie.Storage.Migrations;

/// <summary>
/// The tables of `vigie watch`, which it used to create itself with IF NOT EXISTS outside the numbered steps.
/// IF NOT EXISTS stays so that a database where watch already made them upgrades without a change to them.
/// </summary>
internal static class WatchTables
{
    public const string Sql = """
        CREATE TABLE IF NOT EXISTS watch_positions (
            source_id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            next_index BIGINT NOT NULL,
            size BIGINT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS watch_findings (
            name TEXT PRIMARY KEY,
            target TEXT NOT NULL,
            techniques TEXT NOT NULL,
            score BIGINT NOT NULL,
            explanation TEXT NOT NULL,
            source TEXT NOT NULL,
            found_at TEXT NOT NULL
        );
        """;
}
