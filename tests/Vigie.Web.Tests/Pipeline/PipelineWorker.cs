using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.Storage.Tests.Support;
using Vigie.Web.Hosting;
using Vigie.Web.Pipeline;

namespace Vigie.Web.Tests.Pipeline;

/// <summary>
/// One background service of the pipeline as a worker process runs it: its own connections to the shared PostgreSQL
/// (its own pool, its own sessions and locks) and its own status registry; stopped as SIGTERM stops it.
/// </summary>
internal sealed class PipelineWorker : IAsyncDisposable
{
    private readonly IHostedService service;
    private bool stopped;

    private PipelineWorker(VigieDatabase database, PipelineContext context, IHostedService service)
    {
        Database = database;
        Context = context;
        this.service = service;
    }

    public VigieDatabase Database { get; }

    public PipelineContext Context { get; }

    public WorkerStatus? Status(string name) => Context.Workers.All().FirstOrDefault(s => s.Name == name);

    /// <summary>A fresh database of the test run's PostgreSQL, migrated, with one organisation protecting en-marche.fr.</summary>
    public static async Task<(string Connection, Organisation Organisation)> DatabaseAsync(PostgresServer postgres)
    {
        var connection = await postgres.CreateDatabaseAsync();
        await using var database = VigieDatabase.Open(connection);
        await Migrator.MigrateAsync(database, CancellationToken.None);
        var organisation = await new FindingsStore(database, TimeProvider.System).Organisations.CreateAsync(
            new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", "domains:\n  - en-marche.fr\n"), CancellationToken.None);
        return (connection, organisation);
    }

    public static async Task<PipelineWorker> StartAsync(string connectionString, Func<VigieDatabase, FindingsStore, PipelineContext, IHostedService> create)
    {
        var database = VigieDatabase.Open(connectionString);
        var store = new FindingsStore(database, TimeProvider.System);
        var context = new PipelineContext(store.Findings, store.Sources, new OrganisationMatchers(store.Organisations, TimeProvider.System, TimeSpan.Zero),
            new WorkerStatusRegistry(), TimeProvider.System, NullLogger.Instance);
        var service = create(database, store, context);
        await service.StartAsync(CancellationToken.None);
        return new PipelineWorker(database, context, service);
    }

    public async Task StopAsync()
    {
        if (!stopped)
        {
            stopped = true;
            await service.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Database.DisposeAsync();
    }
}
