using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.TestSupport;

namespace Vigie.Decoys.Tests.Support;

/// <summary>A migrated SQLite store with one organisation (en-marche.fr) and a way to add confirmed phishing findings.</summary>
internal sealed class DecoyStore : IAsyncDisposable
{
    private readonly TempFolder folder = new();

    private DecoyStore()
    {
        Database = VigieDatabase.Open(folder.File("vigie.db"));
        Store = new FindingsStore(Database, TimeProvider.System);
    }

    public VigieDatabase Database { get; }

    public FindingsStore Store { get; }

    public string Folder => folder.Path;

    public long OrganisationId { get; private set; }

    public static async Task<DecoyStore> OpenAsync()
    {
        var store = new DecoyStore();
        await Migrator.MigrateAsync(store.Database, CancellationToken.None);
        store.OrganisationId = (await store.Store.Organisations.CreateAsync(
            new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", "organisation: En Marche\ndomains:\n  - en-marche.fr\n"), CancellationToken.None)).Id;
        return store;
    }

    public async Task<long> ConfirmedFindingAsync(string name, TriageState state = TriageState.ConfirmedPhishing)
    {
        var id = (await Store.Findings.RecordAsync(
            [new FindingReport(OrganisationId, name, "en-marche.fr", ["combosquat"], 90, "a lookalike", SourceKind.Manual, "test", DateTimeOffset.UtcNow)], CancellationToken.None))[0].FindingId;
        await Store.Triage.ChangeStateAsync(id, state, new Actor("test"), "", CancellationToken.None);
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        folder.Dispose();
    }
}
