namespace Vigie.Storage.Migrations;

/// <summary>
/// Decoy logins and their uses (issue 13). A decoy's user name is unique across the instance, lower case, and is what
/// detection matches on; its password is kept only as a PBKDF2 hash (never in clear, README "Decoys"). A use is unique
/// per (decoy, event key) so that a log read again after a restart or a webhook delivered twice is stored once.
/// </summary>
internal static class DecoyTables
{
    public const string Sql = """
        CREATE TABLE decoys (
            id {id},
            finding_id BIGINT REFERENCES findings (id),
            username TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            page TEXT,
            submitted_at TEXT,
            submission_status TEXT
        );
        CREATE INDEX decoys_by_finding ON decoys (finding_id, id);
        CREATE TABLE decoy_uses (
            id {id},
            decoy_id BIGINT NOT NULL REFERENCES decoys (id),
            source TEXT NOT NULL,
            event_key TEXT NOT NULL,
            attempted_at TEXT NOT NULL,
            source_address TEXT,
            user_agent TEXT,
            outcome TEXT NOT NULL,
            password_matched BIGINT,
            recorded_at TEXT NOT NULL,
            UNIQUE (decoy_id, event_key)
        );
        """;
}
