using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Vigie.Storage.Database;

namespace Vigie.Storage.Migrations;

/// <summary>
/// A trigram index on both spellings of every finding's name, so that the list's search (<see cref="Findings.FindingFilter"/>)
/// reads the findings that contain the searched text instead of every name (bench/README.md, "findings", session 9).
/// <list type="bullet">
/// <item>SQLite: findings_search, an FTS5 table with the trigram tokenizer over findings' own rows (external content: the
/// names are not stored twice). Triggers keep it in step, as the alert triggers of step 10 do, so every writer of
/// findings — the pipeline, `vigie scan` and `vigie watch` in other processes, a later upgrade step — is covered without
/// knowing of it; an FTS5 table that missed one write would answer wrong until rebuilt. 'rebuild' fills it from the
/// findings already there.</item>
/// <item>PostgreSQL: GIN indexes with pg_trgm's operator class, which the planner uses for the search's LIKE as it
/// stands. The extension needs a role that may create it (a superuser, or the database's CREATE privilege: pg_trgm
/// is trusted); without it the step leaves the indexes out, says so on stderr, and the search keeps scanning.</item>
/// </list>
/// </summary>
internal static class FindingSearchIndex
{
    // "UPDATE OF" fires whenever a column is assigned; the WHEN keeps real renames.
    private const string Sqlite = """
        CREATE VIRTUAL TABLE findings_search USING fts5 (name, unicode, content = 'findings', content_rowid = 'id', tokenize = 'trigram');
        CREATE TRIGGER findings_search_insert AFTER INSERT ON findings BEGIN
            INSERT INTO findings_search (rowid, name, unicode) VALUES (NEW.id, NEW.name, NEW.unicode);
        END;
        CREATE TRIGGER findings_search_delete AFTER DELETE ON findings BEGIN
            INSERT INTO findings_search (findings_search, rowid, name, unicode) VALUES ('delete', OLD.id, OLD.name, OLD.unicode);
        END;
        CREATE TRIGGER findings_search_update AFTER UPDATE OF name, unicode ON findings
        WHEN NEW.name IS NOT OLD.name OR NEW.unicode IS NOT OLD.unicode BEGIN
            INSERT INTO findings_search (findings_search, rowid, name, unicode) VALUES ('delete', OLD.id, OLD.name, OLD.unicode);
            INSERT INTO findings_search (rowid, name, unicode) VALUES (NEW.id, NEW.name, NEW.unicode);
        END;
        INSERT INTO findings_search (findings_search) VALUES ('rebuild');
        """;

    private const string Postgres = """
        CREATE INDEX findings_name_trigram ON findings USING gin (name gin_trgm_ops);
        CREATE INDEX findings_unicode_trigram ON findings USING gin (unicode gin_trgm_ops);
        """;

    /// <summary>The dialects share nothing here, so the step's upgrade writes each its own.</summary>
    public static async Task CreateAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (connection is SqliteConnection)
        {
            await using var create = connection.Command(Sqlite, transaction);
            await create.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        if (await TryCreateExtensionAsync(connection, transaction, cancellationToken))
        {
            await using var create = connection.Command(Postgres, transaction);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<bool> TryCreateExtensionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // A savepoint, because a failed statement aborts the whole PostgreSQL transaction, and the step must still be recorded.
        await transaction.SaveAsync("pg_trgm", cancellationToken);
        try
        {
            await using var create = connection.Command("CREATE EXTENSION IF NOT EXISTS pg_trgm", transaction);
            await create.ExecuteNonQueryAsync(cancellationToken);
            await transaction.ReleaseAsync("pg_trgm", cancellationToken);
            return true;
        }
        catch (PostgresException e)
        {
            await transaction.RollbackAsync("pg_trgm", cancellationToken);
            await Console.Error.WriteLineAsync($"vigie: no trigram index for the findings search ({e.MessageText}); it scans every name instead (docs/findings.md, \"The findings list\")");
            return false;
        }
    }
}
