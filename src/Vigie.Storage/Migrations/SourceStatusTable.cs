namespace Vigie.Storage.Migrations;

/// <summary>
/// What each source is doing, for the sources page: how far it has read (position, size; lag = size − position),
/// its last success and last error, and when it runs next. A sweep's row names its organisation.
/// </summary>
internal static class SourceStatusTable
{
    public const string Sql = """
        CREATE TABLE source_status (
            source_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            organisation_id BIGINT REFERENCES organisations (id),
            position BIGINT NOT NULL DEFAULT 0,
            size BIGINT NOT NULL DEFAULT 0,
            last_success_at TEXT,
            last_error TEXT,
            last_error_at TEXT,
            next_run_at TEXT,
            updated_at TEXT NOT NULL
        );
        """;
}
