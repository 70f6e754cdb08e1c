using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;

namespace Vigie.TestSupport.Storage;

/// <summary>
/// A migrated findings store with one organisation (en-marche, protecting en-marche.fr): a SQLite file in a temp
/// folder, or the PostgreSQL database named by a connection string (PostgresServer.CreateDatabaseAsync).
/// </summary>
internal sealed class OrganisationStore : IAsyncDisposable
{
    private readonly TempFolder folder = new();

    private OrganisationStore(string? location)
    {
        Database = VigieDatabase.Open(location ?? folder.File("vigie.db"));
        Store = new FindingsStore(Database, TimeProvider.System);
    }

    public VigieDatabase Database { get; }

    public FindingsStore Store { get; }

    /// <summary>A temp folder the test may write files to, deleted with the store.</summary>
    public string Folder => folder.Path;

    public Organisation Organisation { get; private set; } = null!;

    public static async Task<OrganisationStore> OpenAsync(string? location = null)
    {
        var store = new OrganisationStore(location);
        await Migrator.MigrateAsync(store.Database, CancellationToken.None);
        store.Organisation = await store.Store.Organisations.CreateAsync(
            new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", "organisation: En Marche\ndomains:\n  - en-marche.fr\n"), CancellationToken.None);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        folder.Dispose();
    }
}
