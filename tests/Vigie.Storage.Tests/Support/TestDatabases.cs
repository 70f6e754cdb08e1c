using Vigie.Storage.Database;
using Vigie.Storage.Migrations;
using Vigie.TestSupport;

namespace Vigie.Storage.Tests.Support;

/// <summary>Opens a fresh, migrated database of either kind, so every storage test runs against SQLite and PostgreSQL.</summary>
internal static class TestDatabases
{
    public static TheoryData<string> Kinds => new() { "sqlite", "postgres" };

    public static async Task<VigieDatabase> OpenAsync(string kind, PostgresServer postgres, TempFolder folder)
    {
        var location = kind == "postgres" ? await postgres.CreateDatabaseAsync() : folder.File("vigie.db");
        var database = VigieDatabase.Open(location);
        await Migrator.MigrateAsync(database, CancellationToken.None);
        return database;
    }
}
