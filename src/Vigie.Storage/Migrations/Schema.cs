namespace Vigie.Storage.Migrations;

/// <summary>
/// Every schema step, in order. Append only: a released step is never edited, a change is a new step.
/// Times are ISO 8601 UTC text, which sorts and compares the same way in SQLite and PostgreSQL.
/// </summary>
internal static class Schema
{
    public static IReadOnlyList<Migration> Steps { get; } =
    [
        new(1, "scan runs, per-name state and per-run changes", """
            CREATE TABLE scan_runs (
                id {id},
                target TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                complete BIGINT NOT NULL DEFAULT 0,
                names BIGINT NOT NULL
            );
            CREATE INDEX scan_runs_by_target ON scan_runs (target, id);
            CREATE TABLE scan_names (
                target TEXT NOT NULL,
                name TEXT NOT NULL,
                status TEXT NOT NULL,
                observed TEXT NOT NULL,
                reason TEXT,
                records TEXT NOT NULL,
                first_seen TEXT,
                last_seen TEXT,
                last_run BIGINT NOT NULL,
                PRIMARY KEY (target, name)
            );
            CREATE TABLE scan_changes (
                run_id BIGINT NOT NULL,
                name TEXT NOT NULL,
                change TEXT NOT NULL,
                PRIMARY KEY (run_id, name)
            );
            """),
        new(2, "verdicts of investigated scan names, with their evidence manifest", """
            CREATE TABLE scan_assessments (
                target TEXT NOT NULL,
                name TEXT NOT NULL,
                investigated_at TEXT NOT NULL,
                verdict TEXT NOT NULL,
                score BIGINT NOT NULL,
                evidence TEXT,
                PRIMARY KEY (target, name, investigated_at)
            );
            """),
        new(3, "watch positions and findings, created by vigie watch itself until now", WatchTables.Sql),
        new(4, "users and API tokens", UserTables.Sql),
        new(5, "organisations, findings, their sources, observations, evidence and triage history", FindingTables.Sql),
        new(6, "source status for the sources page", SourceStatusTable.Sql),
        new(7, "earlier scan, investigation and watch results brought into the findings", "", EarlierResults.UpgradeAsync),
        new(8, "rounds of the scheduled sources of vigie serve (sweeps, NRD lists, zone files)", SourceRoundsTable.Sql),
        new(9, "investigation queue and DNS re-check state of vigie serve", InvestigationTables.Sql),
        new(10, "alert outbox: events written with the changes they report, deliveries per channel", AlertTables.Sql, AlertTables.CreateTriggersAsync),
        new(11, "decoy logins given to phishing pages, and their uses", DecoyTables.Sql),
        new(12, "takedown requests and their follow-up dates", TakedownTable.Sql),
        new(13, "scheduled digests claimed and sent, per organisation and occurrence", DigestRunsTable.Sql),
        new(14, "how far each followed sign-in log has been read, so the decoy detectors resume after a restart", DecoyLogPositionsTable.Sql),
        new(15, "the follow-up date each takedown request was last reminded for", TakedownRemindersColumn.Sql),
        new(16, "findings list indexes that count and page without reading the rows", FindingListIndexes.Sql),
        new(17, "trigram index on both spellings of the finding names, for the list's search", "", FindingSearchIndex.CreateAsync),
    ];
}
