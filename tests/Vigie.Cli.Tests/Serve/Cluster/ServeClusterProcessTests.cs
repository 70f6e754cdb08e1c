using System.Globalization;
using System.Text.Json;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Vigie.TestSupport;
using Vigie.Web.Cluster;

namespace Vigie.Cli.Tests.Serve.Cluster;

/// <summary>
/// `vigie serve` split into roles (issue 15, "Must show"): one web, one ingest (then a second standing by), three
/// investigate workers over one PostgreSQL and one JetStream. Killed with SIGKILL in the middle of a page and in the
/// middle of a batch, the cluster loses nothing and duplicates nothing; a page that kills every worker opening it ends
/// on the dead-letter subject, which the sources page reads.
/// </summary>
[Collection(InvestigationLabCollection.Name)]
public sealed class ServeClusterProcessTests
{
    [Fact]
    public async Task Serve_RolesKilledMidPageAndMidBatch_EveryLookalikeFoundAndInvestigatedOnce()
    {
        await using var lab = await ClusterLab.StartAsync(lookalikes: 14);
        var (_, web) = await lab.StartAsync("web");
        var (ingest, _) = await lab.StartAsync("ingest");
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => lab.StartAsync("investigate")));

        // A second ingest worker stands by while the first holds the log; the first is killed in the middle of a batch.
        await Poll.UntilAsync(() => lab.CtSources().Count >= 2, TimeSpan.FromSeconds(120));
        var (_, standby) = await lab.StartAsync("ingest");
        await Poll.UntilAsync(async () => (await HealthAsync(standby)).Contains("standby", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        ServeLab.Kill(ingest);
        await ingest.WaitForExitAsync();
        var killedAt = lab.CtPosition();
        Assert.True(killedAt < lab.Log.Size, "the log was read to its end before the ingest worker could be killed");

        var investigated = lab.Names.Where(n => n != lab.Poison).ToList();
        await Poll.UntilAsync(() => lab.CtPosition() == lab.Log.Size, TimeSpan.FromSeconds(180));
        await Poll.UntilAsync(() => lab.Verdicts().Distinct().Count() == investigated.Count && DeadLettered(lab), TimeSpan.FromSeconds(300));
        // Long enough for any copy still in flight to be redelivered (two ack waits) and, wrongly, redone.
        await Task.Delay(TimeSpan.FromSeconds(ClusterLab.AckWaitSeconds * 3));

        foreach (var (name, at) in lab.Query("SELECT f.name, o.observed_at FROM observations o JOIN findings f ON f.id = o.finding_id WHERE o.kind = 'verdict' ORDER BY 2",
            r => (r.GetString(0), r.GetString(1))))
        {
            Console.WriteLine($"verdict {name} {at}");
        }

        Console.WriteLine($"kills: {string.Join(", ", lab.Kills)}");

        // Every lookalike once as a finding, from its one CT entry; each investigated once, the victim included.
        Assert.Equal(lab.Names.Order(), lab.Query("SELECT name FROM findings", r => r.GetString(0)).Order());
        Assert.Equal(lab.Names.Count, lab.CtSources().Count);
        Assert.Equal(investigated.Order(), lab.Verdicts().Order());
        var duplicates = lab.Query("SELECT o.finding_id, o.kind, COUNT(*) FROM observations o GROUP BY o.finding_id, o.kind HAVING COUNT(*) > 1", r => r.GetInt64(0));
        Assert.Empty(duplicates);

        // The victim's worker was killed once in the middle of its page; the poison killed one worker per attempt.
        Assert.Single(lab.Kills, k => k.Host == lab.Victim);
        Assert.Equal(ClusterLab.MaxDeliver, lab.Kills.Count(k => k.Host == lab.Poison));
        Assert.Equal([lab.Poison], lab.Query("SELECT f.name FROM investigation_jobs j JOIN findings f ON f.id = j.finding_id", r => r.GetString(0)));

        // The dead letter, as the sources page reads it.
        await using (var nats = new NatsConnection(new NatsOpts { Url = lab.NatsUrl }))
        {
            var letter = Assert.Single(await new JetStreamDeadLetters(new NatsJSContext(nats)).ListAsync(CancellationToken.None));
            Assert.Equal((lab.Poison, ClusterLab.MaxDeliver), (letter.Name, letter.Deliveries));
        }

        // Each role answers its health check; the investigate workers (one the trap left alive) through JetStream.
        var alive = lab.Running("investigate").First(p => lab.Addresses.ContainsKey(p.Id));
        using var health = JsonDocument.Parse(await HealthAsync(lab.Addresses[alive.Id]));
        Assert.Equal(("ok", "investigate", "jetstream"),
            (health.RootElement.GetProperty("status").GetString(), health.RootElement.GetProperty("role").GetString(), health.RootElement.GetProperty("queue").GetString()));
        Assert.Contains("\"ok\"", await HealthAsync(web), StringComparison.Ordinal);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cluster: {lab.Names.Count} lookalikes, ingest killed at entry {killedAt} of {lab.Log.Size}, {lab.Kills.Count} investigate workers killed"));
    }

    private static bool DeadLettered(ClusterLab lab) =>
        lab.Query("SELECT COUNT(*) FROM investigation_jobs WHERE last_error LIKE 'dead letter%'", r => r.GetInt64(0))[0] == 1;

    private static async Task<string> HealthAsync(Uri address)
    {
        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(address, "/health"));
        return await response.Content.ReadAsStringAsync();
    }
}
