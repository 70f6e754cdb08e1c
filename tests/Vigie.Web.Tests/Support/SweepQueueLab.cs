using NATS.Client.Core;
using NATS.Client.JetStream;
using Vigie.Cli.Tests.Serve.Cluster;
using Vigie.Core.Domains;
using Vigie.Core.Permutations;
using Vigie.Enrichment.Dns;
using Vigie.Enrichment.Tests.Support;
using Vigie.Storage.Database;
using Vigie.Storage.Sources;
using Vigie.Storage.Tests.Support;
using Vigie.Web.Cluster;
using Vigie.Web.Pipeline.Sweeps;

namespace Vigie.Web.Tests.Support;

/// <summary>
/// The sweep queue of a cluster over real servers: nats-server with JetStream, a fresh database of the test run's
/// PostgreSQL with one organisation protecting en-marche.fr, and a real unbound where one in twenty of its .fr
/// permutations is registered. Sweep workers are made on demand, each with its own NATS connection and resolver.
/// </summary>
internal sealed class SweepQueueLab : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> workers = [];

    private SweepQueueLab(NatsServer nats, UnboundServer dns, PipelineFixture pipeline, IReadOnlyList<string> registered)
    {
        Nats = nats;
        Dns = dns;
        Pipeline = pipeline;
        Registered = registered;
    }

    public NatsServer Nats { get; }

    public UnboundServer Dns { get; }

    /// <summary>The database, its one organisation and the pipeline context the workers share.</summary>
    public PipelineFixture Pipeline { get; }

    public IReadOnlyList<string> Registered { get; }

    public ISourceRoundRepository Rounds => Pipeline.Rounds;

    public static async Task<SweepQueueLab> StartAsync(PostgresServer postgres)
    {
        var names = new PermutationEngine().Generate(DomainName.Parse("en-marche.fr"), PermutationOptions.Default).Select(p => p.Ascii).ToList();
        var registered = names.Where(n => n.EndsWith(".fr", StringComparison.Ordinal) && n.Count(c => c == '.') == 1).Where((_, i) => i % 20 == 0).ToList();
        var zone = new LabZone();
        registered.ForEach(n => zone.Register(n));
        return new SweepQueueLab(await NatsServer.StartAsync(), await UnboundServer.StartAsync(zone), await PipelineFixture.OpenAsync(await postgres.CreateDatabaseAsync()), registered);
    }

    public NatsSettings NatsSettings(int maxDeliver) => new() { Urls = [new Uri(Nats.Url)], AckWait = TimeSpan.FromSeconds(2), MaxDeliver = maxDeliver };

    /// <summary>Sweeps at <paramref name="rate"/> queries a second, so that one lasts a few ack waits; back-off of a second.</summary>
    public SweepSettings Sweeps(double rate) => new() { NameServers = [Dns.EndPoint], Rate = rate, Concurrency = 8, MaxBackoff = TimeSpan.FromSeconds(1) };

    /// <summary>A JetStream context on a connection of its own: a worker's, or a scheduler's.</summary>
    public async Task<(NatsConnection Connection, INatsJSContext Js)> ConnectAsync()
    {
        var connection = new NatsConnection(new NatsOpts { Url = Nats.Url });
        await connection.ConnectAsync();
        return (connection, new NatsJSContext(connection));
    }

    public JetStreamSweepWorker Worker(INatsJSContext js, NatsSettings nats, SweepSettings sweeps) =>
        new(js, nats, sweeps, Pipeline.Database, Pipeline.Store.Organisations, Pipeline.Rounds, Pipeline.Context);

    /// <summary>The real runner of a sweep worker, on a resolver of its own (disposed with the lab).</summary>
    public SweepRunner Runner(SweepSettings sweeps)
    {
        var resolver = new DnsResolver(new DnsResolverOptions { Servers = sweeps.NameServers, QueriesPerSecondPerServer = sweeps.Rate ?? 0 }, TimeProvider.System);
        workers.Add(new DisposeResolver(resolver));
        return new SweepRunner(resolver, sweeps, Pipeline.Database, Pipeline.Context, Pipeline.Rounds);
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await Pipeline.Database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.Command(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Each name found by a sweep: its findings (one expected) and DNS observations (one per sweep expected).</summary>
    public async Task<List<(string Name, long Findings, long Observations)>> FindingsAsync()
    {
        var rows = new List<(string, long, long)>();
        await using var connection = await Pipeline.Database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.Command("""
            SELECT f.name, COUNT(DISTINCT f.id), COUNT(DISTINCT o.id) FROM findings f JOIN finding_sources s ON s.finding_id = f.id AND s.kind = 'sweep'
            LEFT JOIN observations o ON o.finding_id = f.id AND o.kind = 'dns' GROUP BY f.name ORDER BY f.name
            """);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in workers)
        {
            await worker.DisposeAsync();
        }

        await Dns.DisposeAsync();
        await Nats.DisposeAsync();
        await Pipeline.DisposeAsync();
    }

    private sealed class DisposeResolver(DnsResolver resolver) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            resolver.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
