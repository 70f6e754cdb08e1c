using Vigie.Storage.Database;
using Vigie.Storage.Migrations;

namespace Vigie.Web.Cluster;

/// <summary>
/// Migrates the database at start-up, one process at a time on PostgreSQL: the roles of a cluster often start together,
/// and two processes creating the same tables at once would fail one of them.
/// </summary>
internal static class ClusterMigration
{
    private static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(200);

    public static async Task MigrateAsync(VigieDatabase database, CancellationToken cancellationToken)
    {
        if (database.Kind != DatabaseKind.Postgres)
        {
            await Migrator.MigrateAsync(database, cancellationToken);
            return;
        }

        IAsyncDisposable? held;
        while ((held = await database.TryLockAsync("migrate", cancellationToken)) is null)
        {
            await Task.Delay(Wait, cancellationToken);
        }

        await using (held)
        {
            await Migrator.MigrateAsync(database, cancellationToken);
        }
    }
}
