using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Npgsql;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Investigations;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.Web.Cluster;

namespace Vigie.Benchmarks.Cluster;

/// <summary>
/// Jobs per second through the investigation queue (bench/cluster/run.sh): JOBS findings queued, then WORKERS workers,
/// each with its own queue (its own connections, as a worker process has), claim a job, hold it COST_MS (a stand-in
/// for a page: a wait, not work, so that two cores can show the distribution), complete it. The same run on the
/// database queue (PostgreSQL) and on JetStream; the overhead per job is a worker's time per job minus COST_MS.
/// </summary>
internal static class QueueThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [var postgres, var natsUrl, var jobsText, var costText, .. var workerCounts])
        {
            await Console.Error.WriteLineAsync("usage: queue-throughput POSTGRES NATS_URL JOBS COST_MS WORKERS...");
            return 2;
        }

        var (jobs, cost) = (int.Parse(jobsText, CultureInfo.InvariantCulture), TimeSpan.FromMilliseconds(int.Parse(costText, CultureInfo.InvariantCulture)));
        Console.WriteLine("| queue | workers | jobs/s | ideal jobs/s | overhead per job |\n|---|---|---|---|---|");
        var run = 0;
        foreach (var kind in new[] { "database", "jetstream" })
        {
            foreach (var workers in workerCounts.Select(w => int.Parse(w, CultureInfo.InvariantCulture)))
            {
                var elapsed = await MeasureAsync(kind, await CreateDatabaseAsync(postgres, ++run), natsUrl, jobs, cost, workers);
                var overhead = elapsed.TotalMilliseconds * workers / jobs - cost.TotalMilliseconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {kind} | {workers} | {jobs / elapsed.TotalSeconds:0.0} | {workers * 1000 / cost.TotalMilliseconds:0.0} | {overhead:0.0} ms |"));
            }
        }

        return 0;
    }

    private static async Task<TimeSpan> MeasureAsync(string kind, string connectionString, string natsUrl, int jobs, TimeSpan cost, int workers)
    {
        await using var database = VigieDatabase.Open(connectionString);
        await Migrator.MigrateAsync(database, CancellationToken.None);
        var store = new FindingsStore(database, TimeProvider.System);
        var organisation = await store.Organisations.CreateAsync(new OrganisationDraft("bench", "Bench", "UTC", "domains:\n  - example.org\n"), CancellationToken.None);
        var recorded = await store.Findings.RecordAsync([.. Enumerable.Range(0, jobs).Select(i => new FindingReport(organisation.Id,
            string.Create(CultureInfo.InvariantCulture, $"lookalike-{i}.example.net"), "example.org", ["combosquat"], 90, "bench", SourceKind.Manual, "bench", DateTimeOffset.UtcNow))],
            CancellationToken.None);
        var connections = new List<NatsConnection>();
        var queues = new List<IInvestigationQueue>();
        for (var w = 0; w < workers; w++)
        {
            if (kind == "database")
            {
                queues.Add(new DatabaseInvestigationQueue(database, TimeProvider.System));
                continue;
            }

            var connection = new NatsConnection(new NatsOpts { Url = natsUrl });
            connections.Add(connection);
            var js = new NatsJSContext(connection);
            if (w == 0)
            {
                await ResetAsync(js);
            }

            queues.Add(new JetStreamInvestigationQueue(js, new NatsSettings { AckWait = TimeSpan.FromSeconds(30) }, database, TimeProvider.System, NullLogger.Instance));
        }

        await queues[0].EnqueueAsync([.. recorded.Select(r => new InvestigationRequest(r.FindingId, "new", DateTimeOffset.UtcNow))], CancellationToken.None);
        var done = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(queues.Select(async queue =>
        {
            while (Volatile.Read(ref done) < jobs)
            {
                if (await queue.ClaimAsync(TimeSpan.FromSeconds(30), CancellationToken.None) is not { } job)
                {
                    continue;
                }

                await Task.Delay(cost);
                await queue.CompleteAsync(job, CancellationToken.None);
                Interlocked.Increment(ref done);
            }
        }));
        var elapsed = clock.Elapsed;
        foreach (var queue in queues.OfType<IAsyncDisposable>())
        {
            await queue.DisposeAsync();
        }

        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        return elapsed;
    }

    /// <summary>Each run starts from empty streams: the previous run's copies would be duplicates of this one's.</summary>
    private static async Task ResetAsync(NatsJSContext js)
    {
        foreach (var stream in new[] { JetStreamTopology.JobStream, JetStreamTopology.DeadStream })
        {
            try
            {
                await js.DeleteStreamAsync(stream);
            }
            catch (NatsJSApiException e) when (e.Error.Code == 404)
            {
                // First run.
            }
        }
    }

    private static async Task<string> CreateDatabaseAsync(string postgres, int run)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        var name = string.Create(CultureInfo.InvariantCulture, $"queue{run}");
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ToString();
    }
}
