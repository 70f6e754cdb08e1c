using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.TestSupport;

namespace Vigie.Alerts.Tests.Support;

/// <summary>A migrated SQLite store in a temp folder with one organisation (en-marche), where the tests record findings.</summary>
internal sealed class AlertStore : IAsyncDisposable
{
    private readonly TempFolder folder = new();

    private AlertStore()
    {
        Database = VigieDatabase.Open(folder.File("vigie.db"));
        Findings = new FindingRepository(Database, TimeProvider.System);
    }

    public VigieDatabase Database { get; }

    public FindingRepository Findings { get; }

    public Organisation Organisation { get; private set; } = null!;

    public static async Task<AlertStore> OpenAsync()
    {
        var store = new AlertStore();
        await Migrator.MigrateAsync(store.Database, CancellationToken.None);
        store.Organisation = await new OrganisationRepository(store.Database, TimeProvider.System).CreateAsync(
            new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", "organisation: En Marche\ndomains:\n  - en-marche.fr\n"), CancellationToken.None);
        return store;
    }

    /// <summary>Records a look-alike of en-marche.fr seen now by a CT log, as the pipeline does.</summary>
    public async Task<long> RecordAsync(string name, int score = 80, bool? live = null)
    {
        var report = new FindingReport(Organisation.Id, name, "en-marche.fr", ["combosquatting"], score, $"{name} adds a word to en-marche.fr",
            SourceKind.Ct, "test#1", DateTimeOffset.UtcNow, live);
        return (await Findings.RecordAsync([report], CancellationToken.None))[0].FindingId;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        folder.Dispose();
    }
}
