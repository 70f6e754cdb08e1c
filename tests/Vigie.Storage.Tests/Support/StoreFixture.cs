using Vigie.Storage.Database;
using Vigie.Storage.Organisations;
using Vigie.TestSupport;

namespace Vigie.Storage.Tests.Support;

/// <summary>A fresh migrated database of one kind with its findings store and one organisation protecting en-marche.fr.</summary>
internal sealed class StoreFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);

    private readonly TempFolder folder;

    private StoreFixture(TempFolder folder, VigieDatabase database)
    {
        this.folder = folder;
        Database = database;
        Store = new FindingsStore(database, new SteppingClock(Start));
    }

    public VigieDatabase Database { get; }

    public FindingsStore Store { get; }

    public Organisation Organisation { get; private set; } = null!;

    public static async Task<StoreFixture> OpenAsync(string kind, PostgresServer postgres)
    {
        var folder = new TempFolder();
        var fixture = new StoreFixture(folder, await TestDatabases.OpenAsync(kind, postgres, folder));
        fixture.Organisation = await fixture.Store.Organisations.CreateAsync(
            new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", "organisation: En Marche\ndomains:\n  - en-marche.fr\n"), CancellationToken.None);
        return fixture;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        folder.Dispose();
    }
}
