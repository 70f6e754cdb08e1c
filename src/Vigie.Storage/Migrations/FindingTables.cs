namespace Vigie.Storage.Migrations;

/// <summary>
/// Organisations, their findings, who reported each, what was observed of it over time and its triage history
/// (DESIGN.md, "Core concepts"). findings.source_kinds is a bit set of the finding_sources kinds (1 sweep, 2 ct,
/// 4 nrd, 8 zone, 16 manual) kept beside the rows so that the list filters and shows sources without a join.
/// The indexes serve the dashboard's list: one per sort key, ending in id, the tie-break of every sort.
/// </summary>
internal static class FindingTables
{
    public const string Sql = """
        CREATE TABLE organisations (
            id {id},
            slug TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            watchlist TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE organisation_domains (
            organisation_id BIGINT NOT NULL REFERENCES organisations (id),
            domain TEXT NOT NULL,
            PRIMARY KEY (organisation_id, domain)
        );
        CREATE INDEX organisation_domains_by_domain ON organisation_domains (domain);
        CREATE TABLE findings (
            id {id},
            organisation_id BIGINT NOT NULL REFERENCES organisations (id),
            name TEXT NOT NULL,
            unicode TEXT NOT NULL,
            target TEXT NOT NULL,
            techniques TEXT NOT NULL,
            score BIGINT NOT NULL,
            explanation TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            live BIGINT NOT NULL DEFAULT 0,
            source_kinds BIGINT NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT 'new',
            state_changed_at TEXT NOT NULL,
            verdict TEXT,
            risk_score BIGINT,
            verdict_at TEXT,
            screenshot_sha256 TEXT,
            UNIQUE (organisation_id, name)
        );
        CREATE INDEX findings_by_score ON findings (score, id);
        CREATE INDEX findings_by_first_seen ON findings (first_seen, id);
        CREATE INDEX findings_by_last_seen ON findings (last_seen, id);
        CREATE INDEX findings_by_name ON findings (name, id);
        CREATE INDEX findings_by_state ON findings (state, score, id);
        CREATE INDEX findings_by_organisation_score ON findings (organisation_id, score, id);
        CREATE INDEX findings_by_organisation_first_seen ON findings (organisation_id, first_seen, id);
        CREATE TABLE finding_sources (
            finding_id BIGINT NOT NULL REFERENCES findings (id),
            kind TEXT NOT NULL,
            detail TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (finding_id, kind, detail)
        );
        CREATE TABLE observations (
            id {id},
            finding_id BIGINT NOT NULL REFERENCES findings (id),
            kind TEXT NOT NULL,
            observed_at TEXT NOT NULL,
            summary TEXT NOT NULL,
            payload TEXT NOT NULL,
            UNIQUE (finding_id, kind, observed_at)
        );
        CREATE INDEX observations_by_finding ON observations (finding_id, observed_at);
        CREATE TABLE evidence_items (
            observation_id BIGINT NOT NULL REFERENCES observations (id),
            kind TEXT NOT NULL,
            media_type TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size BIGINT NOT NULL,
            source_url TEXT NOT NULL,
            captured_at TEXT NOT NULL,
            PRIMARY KEY (observation_id, kind, sha256)
        );
        CREATE INDEX evidence_items_by_sha256 ON evidence_items (sha256);
        CREATE TABLE triage_events (
            id {id},
            finding_id BIGINT NOT NULL REFERENCES findings (id),
            from_state TEXT NOT NULL,
            to_state TEXT NOT NULL,
            user_id BIGINT REFERENCES users (id),
            actor TEXT NOT NULL,
            comment TEXT NOT NULL,
            changed_at TEXT NOT NULL
        );
        CREATE INDEX triage_events_by_finding ON triage_events (finding_id, id);
        """;
}
