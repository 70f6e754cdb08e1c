namespace Vigie.Storage.Migrations;

/// <summary>
/// How far each followed sign-in log has been read (issue 13), so a restarted detector resumes where it stopped instead
/// of reading every file again. The file is known by its first bytes (their length and SHA-256): a file at the same
/// path whose start differs, or that is shorter than the offset, is a new file after rotation or truncation.
/// </summary>
internal static class DecoyLogPositionsTable
{
    public const string Sql = """
        CREATE TABLE decoy_log_positions (
            source TEXT PRIMARY KEY,
            read_to BIGINT NOT NULL,
            head_length BIGINT NOT NULL,
            head_sha256 TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """;
}
