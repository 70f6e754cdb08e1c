using NATS.Client.Core;
using NATS.Client.JetStream;
using Vigie.Alerts;
using Vigie.Alerts.Channels;
using Vigie.Alerts.Settings;
using Vigie.Alerts.Tests.Support;
using Vigie.Cli.Tests.Serve.Cluster;
using Vigie.Storage.Alerts;
using Vigie.Storage.Database;
using Vigie.Storage.Migrations;
using Vigie.Storage.Tests.Support;
using Vigie.Web.Cluster;

namespace Vigie.Web.Tests.Support;

/// <summary>
/// The alert queue of a cluster over real servers: nats-server with JetStream, a fresh database of the test run's
/// PostgreSQL whose outbox the tests fill, and a real webhook receiver on loopback behind the channel "hook".
/// </summary>
internal sealed class AlertQueueLab : IAsyncDisposable
{
    private readonly List<NatsConnection> connections = [];

    private AlertQueueLab(NatsServer nats, HttpReceiver receiver, VigieDatabase database)
    {
        Nats = nats;
        Receiver = receiver;
        Database = database;
        Deliveries = new AlertDeliveryRepository(database);
        // Each alert alone, unthrottled, retried within a second.
        var delivery = new DeliverySettings { DigestAfter = 0, MaxPerMinute = 0, FirstRetry = TimeSpan.FromMilliseconds(200), MaxRetry = TimeSpan.FromSeconds(1) };
        Settings = new AlertSettings
        {
            Channels = [new AlertChannelSettings("hook", "webhook", [AlertRule.Everything], delivery,
                context => new WebhookChannel(new Uri(receiver.BaseAddress, "hook"), "a webhook secret", context.Time, AlertHttp.CreateClient()))],
        };
    }

    public NatsServer Nats { get; }

    public HttpReceiver Receiver { get; }

    public VigieDatabase Database { get; }

    public AlertDeliveryRepository Deliveries { get; }

    public AlertSettings Settings { get; }

    public RecordingStatus Status { get; } = new();

    public static async Task<AlertQueueLab> StartAsync(PostgresServer postgres)
    {
        var database = VigieDatabase.Open(await postgres.CreateDatabaseAsync());
        await Migrator.MigrateAsync(database, CancellationToken.None);
        return new AlertQueueLab(await NatsServer.StartAsync(), await HttpReceiver.StartNewAsync(), database);
    }

    public NatsSettings NatsSettings(int maxDeliver) => new() { Urls = [new Uri(Nats.Url)], AckWait = TimeSpan.FromSeconds(2), MaxDeliver = maxDeliver };

    /// <summary>A JetStream context on a connection of its own (a web process's), closed with the lab.</summary>
    public async Task<INatsJSContext> ConnectAsync()
    {
        var connection = new NatsConnection(new NatsOpts { Url = Nats.Url });
        await connection.ConnectAsync();
        connections.Add(connection);
        return new NatsJSContext(connection);
    }

    public JetStreamAlertWorker Worker(INatsJSContext js, NatsSettings nats) =>
        new(js, nats, Settings, Database, Status, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

    /// <summary>Alerts routed to "hook" as the router stores them (<paramref name="json"/>: each alert's JSON, as is).</summary>
    public async Task QueueAsync(params string[] json)
    {
        var events = new AlertEventRepository(Database, TimeProvider.System);
        for (var i = 0; i < json.Length; i++)
        {
            await events.PublishAsync(new AlertEventDraft(AlertEventKind.NewFinding, null, null, $"event-{i}", "{}", DateTimeOffset.UtcNow), CancellationToken.None);
        }

        var index = 0;
        foreach (var stored in await events.UnroutedAsync(100, CancellationToken.None))
        {
            await events.RouteAsync(stored, [new AlertDeliveryDraft("hook", "new_finding", json[index++])], CancellationToken.None);
        }
    }

    public static string Alert(long eventId, string name) => AlertJson.Write(SampleAlerts.New(eventId, name));

    public async Task<long> UndeliveredAsync() => (await Deliveries.PendingAsync(CancellationToken.None)).GetValueOrDefault("hook");

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        await Receiver.DisposeAsync();
        await Nats.DisposeAsync();
        await Database.DisposeAsync();
    }
}
