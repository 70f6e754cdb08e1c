using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Vigie.Storage.Database;

/// <summary>
/// The one database behind every command: a SQLite file for a single machine, or PostgreSQL when several
/// machines share the state. Both get the same schema (<see cref="Migrations.Migrator"/>) and the same SQL,
/// kept to what both dialects accept (INSERT … ON CONFLICT, RETURNING, TEXT and BIGINT columns).
/// </summary>
internal sealed class VigieDatabase : IAsyncDisposable
{
    private readonly string? sqlitePath;
    private readonly NpgsqlDataSource? postgres;

    private VigieDatabase(string? sqlitePath, NpgsqlDataSource? postgres)
    {
        this.sqlitePath = sqlitePath;
        this.postgres = postgres;
    }

    public DatabaseKind Kind => postgres is null ? DatabaseKind.Sqlite : DatabaseKind.Postgres;

    /// <summary>"Host=…;Database=…" (an Npgsql connection string) opens PostgreSQL; anything else is a SQLite file path.</summary>
    public static VigieDatabase Open(string location)
    {
        if (IsPostgres(location))
        {
            // The slim builder leaves out the type plugins that need reflection: the CLI is Native AOT.
            return new VigieDatabase(null, new NpgsqlSlimDataSourceBuilder(location).Build());
        }

        var full = Path.GetFullPath(location);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new VigieDatabase(full, null);
    }

    public static bool IsPostgres(string location) => location.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        if (postgres is not null)
        {
            return await postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlitePath, Pooling = true }.ToString());
        await connection.OpenAsync(cancellationToken);
        // WAL: a reader (the dashboard) never blocks the sweep's writes, and a killed process leaves a
        // consistent file; busy_timeout waits for another writer instead of failing at once.
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// An exclusive lock on <paramref name="name"/> for this database, held until disposed; null when another
    /// process (or another holder in this one) has it. Released by the operating system or the server if the holder
    /// dies, so a killed run never leaves it taken: SQLite locks a file beside the database (flock, through
    /// FileShare.None), PostgreSQL takes a session advisory lock on a connection kept open for the purpose.
    /// </summary>
    public async Task<IHeldLock?> TryLockAsync(string name, CancellationToken cancellationToken)
    {
        if (postgres is null)
        {
            try
            {
                return new FileLock(new FileStream($"{sqlitePath}.{name}.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                return null;
            }
        }

        var key = BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)));
        var connection = await postgres.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_try_advisory_lock(@key)";
        command.Parameters.AddWithValue("key", key);
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            return new AdvisoryLock(connection, key);
        }

        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }
    }
}
