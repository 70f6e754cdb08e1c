namespace Vigie.Storage.Migrations;

/// <summary>
/// People who sign in to the dashboard and the API tokens of scripts. Passwords arrive already hashed (ASP.NET
/// Core Identity's PasswordHasher, in the web layer); tokens are kept as their SHA-256 only.
/// </summary>
internal static class UserTables
{
    public const string Sql = """
        CREATE TABLE users (
            id {id},
            name TEXT NOT NULL,
            normalized_name TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            security_stamp TEXT NOT NULL,
            role TEXT NOT NULL,
            failed_sign_ins BIGINT NOT NULL DEFAULT 0,
            locked_until TEXT,
            language TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE api_tokens (
            id {id},
            user_id BIGINT NOT NULL REFERENCES users (id),
            name TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE,
            scope TEXT NOT NULL,
            created_at TEXT NOT NULL,
            last_used_at TEXT,
            revoked_at TEXT
        );
        CREATE INDEX api_tokens_by_user ON api_tokens (user_id, id);
        """;
}
