using System.Data.Common;
using Microsoft.Data.Sqlite;
using Vigie.Storage.Database;

namespace Vigie.Storage.Migrations;

/// <summary>
/// The alert outbox (README, "Alerts"). alert_events is written in the same transaction as the change it reports:
/// by database triggers on findings (a new finding, a finding going live, a new verdict), so every writer — the
/// pipeline, `vigie scan` and `vigie watch` in another process, a future one — is covered without knowing of alerts;
/// and by <see cref="Alerts.AlertEventWriter"/> for what no table shows (a decoy used, a source failing for long).
/// event_key makes a report delivered twice one event. alert_deliveries holds one row per (channel, event) with its
/// topic (what duplicate suppression compares: the kind, and the verdict for a verdict) and retry state; batch_id pins the alerts sent together, so a retry resends exactly what was tried before.
/// </summary>
internal static class AlertTables
{
    public const string Sql = """
        CREATE TABLE alert_events (
            id {id},
            kind TEXT NOT NULL,
            organisation_id BIGINT REFERENCES organisations (id),
            finding_id BIGINT REFERENCES findings (id),
            event_key TEXT NOT NULL UNIQUE,
            detail TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            routed_at TEXT
        );
        CREATE INDEX alert_events_unrouted ON alert_events (id) WHERE routed_at IS NULL;
        CREATE TABLE alert_deliveries (
            id {id},
            channel TEXT NOT NULL,
            event_id BIGINT NOT NULL REFERENCES alert_events (id),
            finding_id BIGINT REFERENCES findings (id),
            topic TEXT NOT NULL,
            alert TEXT NOT NULL,
            created_at TEXT NOT NULL,
            batch_id BIGINT,
            attempts BIGINT NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT,
            delivered_at TEXT,
            UNIQUE (channel, event_id)
        );
        CREATE INDEX alert_deliveries_pending ON alert_deliveries (channel, id) WHERE delivered_at IS NULL;
        CREATE INDEX alert_deliveries_by_finding ON alert_deliveries (channel, finding_id, topic, created_at);
        """;

    // SQLite: one trigger per change; "UPDATE OF live" fires whenever the column is assigned, the WHEN keeps real changes.
    private const string SqliteTriggers = """
        CREATE TRIGGER alert_finding_new AFTER INSERT ON findings BEGIN
            INSERT OR IGNORE INTO alert_events (kind, organisation_id, finding_id, event_key, detail, occurred_at)
            VALUES ('new_finding', NEW.organisation_id, NEW.id, 'new_finding:' || NEW.id, '', NEW.first_seen);
            INSERT OR IGNORE INTO alert_events (kind, organisation_id, finding_id, event_key, detail, occurred_at)
            SELECT 'went_live', NEW.organisation_id, NEW.id, 'went_live:' || NEW.id || ':' || NEW.last_seen, '', NEW.last_seen WHERE NEW.live = 1;
        END;
        CREATE TRIGGER alert_finding_live AFTER UPDATE OF live ON findings WHEN NEW.live = 1 AND OLD.live = 0 BEGIN
            INSERT OR IGNORE INTO alert_events (kind, organisation_id, finding_id, event_key, detail, occurred_at)
            VALUES ('went_live', NEW.organisation_id, NEW.id, 'went_live:' || NEW.id || ':' || NEW.last_seen, '', NEW.last_seen);
        END;
        CREATE TRIGGER alert_finding_verdict AFTER UPDATE OF verdict_at ON findings
        WHEN NEW.verdict IS NOT NULL AND (OLD.verdict_at IS NULL OR NEW.verdict_at <> OLD.verdict_at) BEGIN
            INSERT OR IGNORE INTO alert_events (kind, organisation_id, finding_id, event_key, detail, occurred_at)
            VALUES ('verdict', NEW.organisation_id, NEW.id, 'verdict:' || NEW.id || ':' || NEW.verdict_at, NEW.verdict, NEW.verdict_at);
        END;
        """;

    private const string PostgresTriggers = """
        CREATE FUNCTION alert_finding_events() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO alert_events (kind, organisation_id, finding_id, event_key, detail, occurred_at)
                VALUES ('new_finding', NEW.organisation_id, NEW.id, 'new_finding:' || NEW.id, '', NEW.first_seen) ON CONFLICT (event_key) DO NOTHING;
            END IF;
            IF NEW.live = 1 AND (TG_OP = 'INSERT' OR OLD.live = 0) THEN
                INSERT INTO alert_events (kind, organisation_id, finding_id, event_key, detail, occurred_at)
                VALUES ('went_live', NEW.organisation_id, NEW.id, 'went_live:' || NEW.id || ':' || NEW.last_seen, '', NEW.last_seen) ON CONFLICT (event_key) DO NOTHING;
            END IF;
            IF TG_OP = 'UPDATE' AND NEW.verdict IS NOT NULL AND NEW.verdict_at IS DISTINCT FROM OLD.verdict_at THEN
                INSERT INTO alert_events (kind, organisation_id, finding_id, event_key, detail, occurred_at)
                VALUES ('verdict', NEW.organisation_id, NEW.id, 'verdict:' || NEW.id || ':' || NEW.verdict_at, NEW.verdict, NEW.verdict_at) ON CONFLICT (event_key) DO NOTHING;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER alert_finding_events AFTER INSERT OR UPDATE ON findings FOR EACH ROW EXECUTE FUNCTION alert_finding_events();
        """;

    /// <summary>Trigger syntax is the one place the dialects part ways, so the step's upgrade writes each its own.</summary>
    public static async Task CreateTriggersAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var create = connection.Command(connection is SqliteConnection ? SqliteTriggers : PostgresTriggers, transaction);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }
}
