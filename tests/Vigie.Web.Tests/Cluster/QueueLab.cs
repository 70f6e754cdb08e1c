using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Vigie.Cli.Tests.Serve.Cluster;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Investigations;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.Storage.Tests.Support;
using Vigie.Web.Cluster;

namespace Vigie.Web.Tests.Cluster;

/// <summary>
/// The JetStream investigation queue as investigate workers share it: a real nats-server with JetStream and a fresh
/// PostgreSQL database with two organisations; each worker is its own queue on its own NATS connection, as a worker
/// process has, and dies by having that connection closed without a word.
/// </summary>
internal sealed class QueueLab : IAsyncDisposable
{
    public static readonly TimeSpan AckWait = TimeSpan.FromSeconds(2);
    private readonly List<(NatsConnection Connection, JetStreamInvestigationQueue Queue)> workers = [];
    private readonly List<NatsConnection> connections = [];

    private QueueLab(NatsServer nats, VigieDatabase database, Organisation first, Organisation second)
    {
        Nats = nats;
        Database = database;
        First = first;
        Second = second;
        Settings = new NatsSettings { Urls = [new Uri(nats.Url)], AckWait = AckWait, MaxDeliver = 2 };
    }

    public NatsServer Nats { get; }

    public VigieDatabase Database { get; }

    public NatsSettings Settings { get; }

    public Organisation First { get; }

    public Organisation Second { get; }

    public static async Task<QueueLab> StartAsync(PostgresServer postgres)
    {
        var nats = await NatsServer.StartAsync();
        var database = VigieDatabase.Open(await postgres.CreateDatabaseAsync());
        await Migrator.MigrateAsync(database, CancellationToken.None);
        var organisations = new FindingsStore(database, TimeProvider.System).Organisations;
        var first = await organisations.CreateAsync(new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", "domains:\n  - en-marche.fr\n"), CancellationToken.None);
        var second = await organisations.CreateAsync(new OrganisationDraft("cert-fr", "CERT-FR", "Europe/Paris", "domains:\n  - en-marche.fr\n"), CancellationToken.None);
        return new QueueLab(nats, database, first, second);
    }

    /// <summary>A finding of <paramref name="organisation"/>, new, as a request to investigate it.</summary>
    public async Task<InvestigationRequest> FindingAsync(Organisation organisation, string name)
    {
        var recorded = await new FindingsStore(Database, TimeProvider.System).Findings.RecordAsync(
            [new FindingReport(organisation.Id, name, "en-marche.fr", ["combosquat"], 90, "test", SourceKind.Manual, "test", DateTimeOffset.UtcNow)], CancellationToken.None);
        return new InvestigationRequest(recorded[0].FindingId, "new", DateTimeOffset.UtcNow);
    }

    /// <summary>An investigate worker's queue, on a connection of its own.</summary>
    public JetStreamInvestigationQueue Worker()
    {
        var connection = new NatsConnection(new NatsOpts { Url = Nats.Url });
        var queue = new JetStreamInvestigationQueue(new NatsJSContext(connection), Settings, Database, TimeProvider.System, NullLogger.Instance);
        workers.Add((connection, queue));
        return queue;
    }

    /// <summary>A JetStream context on a connection of its own, as the web role has.</summary>
    public NatsJSContext JetStream()
    {
        var connection = new NatsConnection(new NatsOpts { Url = Nats.Url });
        connections.Add(connection);
        return new NatsJSContext(connection);
    }

    /// <summary>The worker stops answering, as after kill -9: no acknowledgement, no more "in progress".</summary>
    public async Task KillAsync(JetStreamInvestigationQueue queue)
    {
        var (connection, _) = workers.Single(w => w.Queue == queue);
        workers.Remove((connection, queue));
        await queue.DisposeAsync();
        await connection.DisposeAsync();
    }

    /// <summary>What an investigation commits: the finding's verdict, stamped now.</summary>
    public Task SaveVerdictAsync(long findingId) =>
        ExecuteAsync("UPDATE findings SET verdict = 'phishing', verdict_at = @at WHERE id = @f", ("@at", StoredTime.Format(DateTimeOffset.UtcNow)), ("@f", findingId));

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await Database.OpenConnectionAsync(CancellationToken.None);
        await using var count = connection.Command(sql);
        return Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (connection, queue) in workers)
        {
            await queue.DisposeAsync();
            await connection.DisposeAsync();
        }

        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        await Database.DisposeAsync();
        await Nats.DisposeAsync();
    }
}
