namespace Vigie.Storage.Migrations;

/// <summary>
/// The round each scheduled source of `vigie serve` is in, so that a process killed in the middle of one resumes it
/// instead of starting over or skipping it: an NRD list's or a zone file's content digest (the same content is never
/// read twice), an organisation's sweep (its start time). The position inside the round is the source's
/// <c>source_status.position</c>, saved with each batch of findings.
/// </summary>
internal static class SourceRoundsTable
{
    public const string Sql = """
        CREATE TABLE source_rounds (
            source_id TEXT PRIMARY KEY,
            round TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT
        );
        """;
}
