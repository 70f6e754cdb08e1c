using NATS.Client.Core;
using NATS.Client.JetStream;
using Vigie.Cli.Tests.Serve.Cluster;
using Vigie.Storage.Database;
using Vigie.Web.Cluster;

namespace Vigie.Web.Tests.Support;

/// <summary>Jobs given up, as the queues leave them: a row in the database and a letter on the dead-letter stream.</summary>
internal static class DeadLetters
{
    /// <summary>A finding whose job was given up: its row kept with the reason, its letter the first of the dead-letter stream.</summary>
    public static async Task<long> BuryInvestigationAsync(WebTestHost host, NatsServer nats)
    {
        var organisation = await Seed.OrganisationAsync(host);
        var finding = await Seed.FindingAsync(host, organisation.Id, "en-marhce.fr", "en-marche.fr", 80, "transposition");
        await using (var connection = await host.Service<VigieDatabase>().OpenConnectionAsync(CancellationToken.None))
        {
            await using var insert = connection.Command("""
                INSERT INTO investigation_jobs (finding_id, reason, due_at, enqueued_at, attempts, last_error) VALUES (@f, 'new', @now, @now, 5, 'dead letter after 5 attempts: crashed')
                """).With("@f", finding).With("@now", StoredTime.Format(DateTimeOffset.UtcNow));
            await insert.ExecuteNonQueryAsync();
        }

        var job = new InvestigationMessage("en-marhce.fr", [new QueuedFinding(finding, "new", null)]);
        await PublishAsync(nats, new DeadLetter(finding, "en-marhce.fr", "new", "crashed", 5, DateTimeOffset.UtcNow, job), "dead-test");
        return finding;
    }

    /// <summary>A letter of another queue (a sweep, an alert), which comes back on its own and has no "retry".</summary>
    public static Task BuryAsync(NatsServer nats, string kind, string name, string reason, string error) =>
        PublishAsync(nats, new DeadLetter(0, name, reason, error, 5, DateTimeOffset.UtcNow, null, kind), $"dead-{kind}-{name}");

    private static async Task PublishAsync(NatsServer nats, DeadLetter letter, string id)
    {
        await using var connection = new NatsConnection(new NatsOpts { Url = nats.Url });
        var js = new NatsJSContext(connection);
        await JetStreamTopology.EnsureAsync(js, new NatsSettings(), CancellationToken.None);
        await new JetStreamPublisher(js).PublishDeadAsync(letter, id, CancellationToken.None);
    }
}
