namespace Vigie.Storage.Migrations;

/// <summary>
/// The scheduled digests of `vigie serve`: one row per organisation and occurrence of its schedule, claimed before the
/// digest goes, so that an occurrence is sent at most once, also across restarts, and one missed while the server was
/// down is caught up once on the next start. <c>sent_at</c> stays null for an occurrence only recorded, not sent.
/// </summary>
internal static class DigestRunsTable
{
    public const string Sql = """
        CREATE TABLE digest_runs (
            organisation_id BIGINT NOT NULL REFERENCES organisations (id),
            due_at TEXT NOT NULL,
            claimed_at TEXT NOT NULL,
            sent_at TEXT,
            summary TEXT,
            PRIMARY KEY (organisation_id, due_at)
        );
        """;
}
