using System.Text.Json;
using Vigie.Alerts.Delivery;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;
using Vigie.Web.Cluster;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Cluster;

/// <summary>
/// Alerts to send through JetStream (issue 15) against a real nats-server, the test run's PostgreSQL and a real webhook
/// receiver: handed over by the dispatcher and sent once by one of two web processes, never sent again when a copy comes
/// back after its delivery was recorded, and given up on the dead-letter subject (kept in the outbox) when unreadable.
/// </summary>
public sealed class JetStreamAlertQueueTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Dispatch_TwoWebProcesses_EachAlertSentOnceAndRecorded()
    {
        await using var lab = await AlertQueueLab.StartAsync(postgres);
        var nats = lab.NatsSettings(maxDeliver: 3);
        await lab.QueueAsync(AlertQueueLab.Alert(1, "en-marche-login.fr"), AlertQueueLab.Alert(2, "en-rnarche.fr"), AlertQueueLab.Alert(3, "enmarche-vote.fr"));
        var (dispatching, first, second) = (await lab.ConnectAsync(), await lab.ConnectAsync(), await lab.ConnectAsync());
        using var stop = new CancellationTokenSource();
        var dispatcher = new AlertDispatcher(lab.Settings, lab.Database, lab.Status, TimeProvider.System,
            c => new JetStreamAlertPublisher(dispatching, nats, c.Name, lab.Deliveries, lab.Status, TimeProvider.System));
        var running = Task.WhenAll(dispatcher.RunAsync(stop.Token), lab.Worker(first, nats).ConsumeAsync(stop.Token), lab.Worker(second, nats).ConsumeAsync(stop.Token));

        await Poll.UntilAsync(async () => await lab.UndeliveredAsync() == 0, Limit);
        // Long enough for a copy of an attempt to come back after the ack wait, and, wrongly, be sent again.
        await Task.Delay(nats.AckWait * 2);
        await stop.CancelAsync();
        await running.ContinueWith(_ => { }, TaskScheduler.Default);

        var names = lab.Receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("alerts")[0].GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["en-marche-login.fr", "en-rnarche.fr", "enmarche-vote.fr"], names);
        var consumer = await first.GetConsumerAsync(JetStreamTopology.AlertStream, JetStreamTopology.AlertConsumer);
        Assert.Equal((0UL, 0L), (consumer.Info.NumPending, consumer.Info.NumAckPending));
    }

    [Fact]
    public async Task Consume_CopyOfAnAttemptAlreadyRecordedAsSent_NotSentAgain()
    {
        await using var lab = await AlertQueueLab.StartAsync(postgres);
        var nats = lab.NatsSettings(maxDeliver: 3);
        await lab.QueueAsync(AlertQueueLab.Alert(1, "en-marche-login.fr"));
        var batch = (await lab.Deliveries.NextBatchAsync("hook", 0, 100, CancellationToken.None))!;
        var js = await lab.ConnectAsync();
        var jobs = await JetStreamTopology.EnsureAlertsAsync(js, nats, CancellationToken.None);
        await js.PublishAsync(JetStreamTopology.AlertSubject, JsonSerializer.SerializeToUtf8Bytes(new AlertBatchMessage("hook", batch.Id, 0), ClusterJsonContext.Default.AlertBatchMessage));

        // A web process takes the attempt, sends it, records it, and dies before acknowledging.
        Assert.NotNull(await jobs.NextAsync<byte[]>());
        await lab.Deliveries.DeliveredAsync("hook", batch.Id, DateTimeOffset.UtcNow, CancellationToken.None);

        using var stop = new CancellationTokenSource();
        var working = lab.Worker(await lab.ConnectAsync(), nats).ConsumeAsync(stop.Token);
        await Poll.UntilAsync(async () =>
        {
            await jobs.RefreshAsync();
            return jobs.Info is { NumPending: 0, NumAckPending: 0, AckFloor.ConsumerSeq: 2 };
        }, Limit);
        await stop.CancelAsync();
        await working;

        Assert.Empty(lab.Receiver.Requests);
        Assert.Equal(0, await lab.UndeliveredAsync());
    }

    [Fact]
    public async Task Consume_AlertThatCannotBeRead_DeadLetteredAndKeptInTheOutbox()
    {
        await using var lab = await AlertQueueLab.StartAsync(postgres);
        var nats = lab.NatsSettings(maxDeliver: 2);
        await lab.QueueAsync("{ not an alert");
        var batch = (await lab.Deliveries.NextBatchAsync("hook", 0, 100, CancellationToken.None))!;
        var js = await lab.ConnectAsync();
        using var stop = new CancellationTokenSource();
        var working = lab.Worker(js, nats).ConsumeAsync(stop.Token);
        var handing = new JetStreamAlertPublisher(await lab.ConnectAsync(), nats, "hook", lab.Deliveries, lab.Status, TimeProvider.System).SendAsync(batch, stop.Token);

        // The hand-over returns once the attempt's outcome is recorded: here, given up.
        await handing.WaitAsync(Limit);
        var letters = new JetStreamDeadLetters(js);
        await Poll.UntilAsync(async () => (await letters.ListAsync(CancellationToken.None)).Count > 0 && lab.Status.Reports.Any(r => r.StartsWith("alerts queue: dead", StringComparison.Ordinal)), Limit);
        var letter = Assert.Single(await letters.ListAsync(CancellationToken.None));
        await stop.CancelAsync();
        await working;

        Assert.Equal(("alert", 0L, "hook", 2), (letter.Kind, letter.FindingId, letter.Name, letter.Deliveries));
        Assert.StartsWith("alerts hook: ", letter.Error, StringComparison.Ordinal);
        Assert.Empty(lab.Receiver.Requests);
        var kept = (await lab.Deliveries.BatchAsync("hook", batch.Id, CancellationToken.None))!;
        Assert.Equal(1, kept.Attempts);
        Assert.Equal(1, await lab.UndeliveredAsync());
        Assert.Contains(lab.Status.Reports, r => r.StartsWith("alerts queue: dead letter after 2 deliveries: alerts hook: ", StringComparison.Ordinal));
    }
}
