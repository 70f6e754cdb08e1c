namespace Vigie.Storage.Migrations;

/// <summary>
/// The investigation queue of `vigie serve` and the state of its DNS re-checks. A job is one finding to investigate:
/// why, from when, the lease of the worker that claimed it (a killed worker's job is claimed again once its lease runs
/// out) and the time its first attempt started (kept across attempts, so a job redone after a crash files its
/// observations under the same times and they are stored once). finding_checks keeps the last cheap DNS answer of a
/// finding, to notice when it changes, and how many checks in a row answered NXDOMAIN.
/// </summary>
internal static class InvestigationTables
{
    public const string Sql = """
        CREATE TABLE investigation_jobs (
            finding_id BIGINT PRIMARY KEY REFERENCES findings (id),
            reason TEXT NOT NULL,
            due_at TEXT NOT NULL,
            enqueued_at TEXT NOT NULL,
            claimed_until TEXT,
            started_at TEXT,
            attempts BIGINT NOT NULL DEFAULT 0,
            last_error TEXT
        );
        CREATE INDEX investigation_jobs_by_due ON investigation_jobs (due_at, finding_id);
        CREATE TABLE finding_checks (
            finding_id BIGINT PRIMARY KEY REFERENCES findings (id),
            checked_at TEXT NOT NULL,
            answer TEXT NOT NULL,
            nxdomain_streak BIGINT NOT NULL DEFAULT 0
        );
        """;
}
