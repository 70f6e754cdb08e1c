namespace Vigie.Storage.Migrations;

/// <summary>
/// Takedown requests: one row per abuse report drafted (or sent) for a finding, to whom, in which language, by whom,
/// and when to follow it up if the name still answers.
/// </summary>
internal static class TakedownTable
{
    public const string Sql = """
        CREATE TABLE takedown_requests (
            id {id},
            finding_id BIGINT NOT NULL REFERENCES findings (id),
            recipients TEXT NOT NULL,
            language TEXT NOT NULL,
            sent BIGINT NOT NULL,
            actor TEXT NOT NULL,
            requested_at TEXT NOT NULL,
            follow_up_at TEXT NOT NULL
        );
        CREATE INDEX takedown_requests_by_finding ON takedown_requests (finding_id, id);
        CREATE INDEX takedown_requests_by_follow_up ON takedown_requests (follow_up_at);
        """;
}
