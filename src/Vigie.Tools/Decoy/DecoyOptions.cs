using System.CommandLine;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Migrations;

namespace Vigie.Cli.Decoy;

/// <summary>The options several `vigie decoy` commands share, and the store they open.</summary>
internal static class DecoyOptions
{
    public static Option<string?> Db() => new("--db") { Description = "SQLite file, or a PostgreSQL connection string (Host=...); default: $XDG_DATA_HOME/vigie/vigie.db." };

    public static Option<string> Pattern() => new("--pattern") { Description = "Address pattern: two of first, last, f, l joined by '.', '_', '-' or nothing (first.last, f.last, firstlast).", DefaultValueFactory = _ => "first.last" };

    public static Option<string> Language() => new("--lang") { Description = "Names and passwords in French (fr) or English (en).", DefaultValueFactory = _ => "fr" };

    public static async Task<(VigieDatabase Database, FindingsStore Store)> OpenAsync(string? db, CancellationToken cancellationToken)
    {
        var database = VigieDatabase.Open(db ?? DataPaths.Database);
        await Migrator.MigrateAsync(database, cancellationToken);
        return (database, new FindingsStore(database, TimeProvider.System));
    }

    public static string Language(string value) =>
        value is "fr" or "en" ? value : throw new UsageException($"--lang: '{value}' is not one of fr, en");
}
