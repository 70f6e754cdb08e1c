using Microsoft.Extensions.Logging.Abstractions;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.Storage.Sources;
using Vigie.TestSupport;
using Vigie.Web.Hosting;
using Vigie.Web.Pipeline;
using Vigie.Web.Pipeline.Scheduling;

namespace Vigie.Web.Tests.Support;

/// <summary>A SQLite (or PostgreSQL) store with one organisation protecting en-marche.fr, and the pipeline context its sources share.</summary>
internal sealed class PipelineFixture : IAsyncDisposable
{
    private PipelineFixture(TempFolder folder, VigieDatabase database)
    {
        Folder = folder;
        Database = database;
        Store = new FindingsStore(database, TimeProvider.System);
        Rounds = new SourceRoundRepository(database, TimeProvider.System);
        Context = new PipelineContext(Store.Findings, Store.Sources, new OrganisationMatchers(Store.Organisations, TimeProvider.System, TimeSpan.Zero),
            new WorkerStatusRegistry(), TimeProvider.System, NullLogger.Instance);
    }

    public TempFolder Folder { get; }

    public VigieDatabase Database { get; }

    public FindingsStore Store { get; }

    public ISourceRoundRepository Rounds { get; }

    public PipelineContext Context { get; }

    public Organisation Organisation { get; private set; } = null!;

    public static ScheduledRound Round { get; } = new(DateTimeOffset.UtcNow.AddHours(1), _ => { });

    public static Task<PipelineFixture> OpenAsync()
    {
        var folder = new TempFolder();
        return OpenAsync(folder, VigieDatabase.Open(folder.File("vigie.db")));
    }

    /// <summary>The same on a PostgreSQL database (a connection string of the test run's server).</summary>
    public static Task<PipelineFixture> OpenAsync(string postgres) => OpenAsync(new TempFolder(), VigieDatabase.Open(postgres));

    private static async Task<PipelineFixture> OpenAsync(TempFolder folder, VigieDatabase database)
    {
        await Migrator.MigrateAsync(database, CancellationToken.None);
        var fixture = new PipelineFixture(folder, database);
        fixture.Organisation = await fixture.Store.Organisations.CreateAsync(
            new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", "domains:\n  - en-marche.fr\n"), CancellationToken.None);
        return fixture;
    }

    /// <summary>Every (name, source kind, detail) stored, by name.</summary>
    public async Task<List<(string Name, SourceKind Kind, string Detail)>> SourcesAsync()
    {
        var rows = new List<(string, SourceKind, string)>();
        var page = await Store.Findings.ListAsync(new FindingQuery(Sort: FindingSort.Name, Descending: false, PageSize: 500), CancellationToken.None);
        foreach (var finding in page.Items)
        {
            rows.AddRange((await Store.Findings.SourcesAsync(finding.Id, CancellationToken.None)).Select(s => (finding.Name, s.Kind, s.Detail)));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        Folder.Dispose();
    }
}
