using NATS.Client.JetStream;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;
using Vigie.Web.Cluster;
using Vigie.Web.Pipeline.Scheduling;
using Vigie.Web.Pipeline.Sweeps;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Cluster;

/// <summary>
/// Sweeps due through JetStream (issue 15) against a real nats-server, the test run's PostgreSQL and a real unbound:
/// published once by two schedulers, run once by two workers, taken over after a worker's death, given up on the
/// dead-letter subject when they always fail.
/// </summary>
public sealed class JetStreamSweepQueueTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly ScheduledRound Scheduled = new(DateTimeOffset.UtcNow, _ => { });
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Consume_TwoSchedulersTwoWorkersSweepLongerThanAckWait_SweptOnce()
    {
        await using var lab = await SweepQueueLab.StartAsync(postgres);
        var (nats, sweeps) = (lab.NatsSettings(maxDeliver: 3), lab.Sweeps(rate: 600));
        var (first, firstJs) = await lab.ConnectAsync();
        var (second, secondJs) = await lab.ConnectAsync();
        await using (first)
        await using (second)
        {
            Assert.Equal("due, queued for the sweep workers", await Publisher(lab, firstJs, nats, sweeps).SweepAsync(lab.Pipeline.Organisation, Scheduled, CancellationToken.None));
            Assert.Equal("due, queued by another sweep process", await Publisher(lab, secondJs, nats, sweeps).SweepAsync(lab.Pipeline.Organisation, Scheduled, CancellationToken.None));

            using var stop = new CancellationTokenSource();
            var (a, b) = (new SweepCalls(lab.Runner(sweeps)), new SweepCalls(lab.Runner(sweeps)));
            var consuming = Task.WhenAll(lab.Worker(firstJs, nats, sweeps).ConsumeAsync(a, stop.Token), lab.Worker(secondJs, nats, sweeps).ConsumeAsync(b, stop.Token));
            await Poll.UntilAsync(async () => await lab.Rounds.GetAsync("sweep:en-marche", CancellationToken.None) is { Finished: true }, Limit);
            // Long enough for a copy of the job to come back after the ack wait, and, wrongly, be swept again.
            await Task.Delay(nats.AckWait * 2);
            await stop.CancelAsync();
            await consuming;

            Assert.Equal(1, a.Count + b.Count);
            // One delivery in all: the in-progress acks kept the job with its worker past the ack wait.
            await AssertSweptOnceAsync(lab, firstJs, deliveries: 1);
        }
    }

    [Fact]
    public async Task Consume_WorkerDiesMidSweep_RedeliveredResumedEveryFindingAndObservationOnce()
    {
        await using var lab = await SweepQueueLab.StartAsync(postgres);
        var (nats, sweeps) = (lab.NatsSettings(maxDeliver: 3), lab.Sweeps(rate: 600));
        var (doomed, doomedJs) = await lab.ConnectAsync();
        var (heir, heirJs) = await lab.ConnectAsync();
        await using (heir)
        {
            await Publisher(lab, heirJs, nats, sweeps).SweepAsync(lab.Pipeline.Organisation, Scheduled, CancellationToken.None);
            using var kill = new CancellationTokenSource();
            var dying = new SweepCalls(lab.Runner(sweeps));
            var doomedWork = lab.Worker(doomedJs, nats, sweeps).ConsumeAsync(dying, kill.Token);
            await Poll.UntilAsync(async () => await lab.CountAsync("SELECT COUNT(*) FROM scan_names") >= lab.Registered.Count / 4, Limit);

            // A worker's death as the servers see it: its NATS connection gone without a word, its database session ended.
            await doomed.DisposeAsync();
            await kill.CancelAsync();
            await doomedWork.ContinueWith(_ => { }, TaskScheduler.Default); // whether it ends in an error or not, it ends
            Assert.False(await lab.Rounds.GetAsync("sweep:en-marche", CancellationToken.None) is { Finished: true }, "the sweep ended before its worker could be killed");

            using var stop = new CancellationTokenSource();
            var taking = new SweepCalls(lab.Runner(sweeps));
            var heirWork = lab.Worker(heirJs, nats, sweeps).ConsumeAsync(taking, stop.Token);
            await Poll.UntilAsync(async () => await lab.Rounds.GetAsync("sweep:en-marche", CancellationToken.None) is { Finished: true }, Limit);
            await Task.Delay(nats.AckWait * 2);
            await stop.CancelAsync();
            await heirWork;

            Assert.Equal((1, 1), (dying.Count, taking.Count));
            // The run resumed rather than started again.
            await AssertSweptOnceAsync(lab, heirJs, deliveries: 2);
        }
    }

    [Fact]
    public async Task Consume_SweepAlwaysFails_DeadLetteredAndShownWithItsError()
    {
        await using var lab = await SweepQueueLab.StartAsync(postgres);
        var (nats, sweeps) = (lab.NatsSettings(maxDeliver: 2), lab.Sweeps(rate: 0));
        var (connection, js) = await lab.ConnectAsync();
        await using (connection)
        {
            await Publisher(lab, js, nats, sweeps).SweepAsync(lab.Pipeline.Organisation, Scheduled, CancellationToken.None);
            using var stop = new CancellationTokenSource();
            var failing = new SweepCalls(null);
            var work = lab.Worker(js, nats, sweeps).ConsumeAsync(failing, stop.Token);
            var letters = new JetStreamDeadLetters(js);
            await Poll.UntilAsync(async () => (await letters.ListAsync(CancellationToken.None)).Count > 0, Limit);
            await stop.CancelAsync();
            await work;

            var letter = Assert.Single(await letters.ListAsync(CancellationToken.None));
            Assert.Equal(("sweep", 0L, "En Marche", 2), (letter.Kind, letter.FindingId, letter.Name, letter.Deliveries));
            Assert.Equal("sweep En Marche: the resolver broke", letter.Error);
            Assert.Equal(2, failing.Count);
            var status = Assert.Single(await lab.Pipeline.Store.Sources.ListAsync(CancellationToken.None));
            Assert.StartsWith("dead letter after 2 attempts: sweep En Marche: the resolver broke", status.LastError, StringComparison.Ordinal);
            var consumer = await js.GetConsumerAsync(JetStreamTopology.SweepStream, JetStreamTopology.SweepConsumer);
            Assert.Equal((0UL, 0L), (consumer.Info.NumPending, consumer.Info.NumAckPending));
        }
    }

    /// <summary>
    /// One run of the sweep, complete; each registered name one finding with one DNS observation; the queue empty after
    /// <paramref name="deliveries"/> deliveries of the job.
    /// </summary>
    private static async Task AssertSweptOnceAsync(SweepQueueLab lab, INatsJSContext js, ulong deliveries)
    {
        Assert.Equal((1L, 1L), (await lab.CountAsync("SELECT COUNT(*) FROM scan_runs"), await lab.CountAsync("SELECT COUNT(*) FROM scan_runs WHERE complete = 1")));
        var found = await lab.FindingsAsync();
        Assert.Equal(lab.Registered.Order(StringComparer.Ordinal), found.Select(f => f.Name));
        Assert.All(found, f => Assert.Equal((1L, 1L), (f.Findings, f.Observations)));
        var consumer = await js.GetConsumerAsync(JetStreamTopology.SweepStream, JetStreamTopology.SweepConsumer);
        Assert.Equal((0UL, 0L, deliveries), (consumer.Info.NumPending, consumer.Info.NumAckPending, consumer.Info.Delivered.ConsumerSeq));
    }

    private static JetStreamSweepPublisher Publisher(SweepQueueLab lab, INatsJSContext js, NatsSettings nats, SweepSettings sweeps) =>
        new(js, nats, sweeps, lab.Rounds, TimeProvider.System);
}
