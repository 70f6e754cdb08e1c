using Vigie.Storage.Alerts;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Alerts;

[Collection(PostgresCollection.Name)]
public sealed class AlertDeliveryRepositoryTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task NextBatchAsync_FewWaiting_OldestAloneThenTheNext(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        await QueueAsync(fixture, "slack", 2);
        var deliveries = new AlertDeliveryRepository(fixture.Database);

        var first = (await deliveries.NextBatchAsync("slack", 3, 100, CancellationToken.None))!;
        await deliveries.DeliveredAsync("slack", first.Id, StoreFixture.Start, CancellationToken.None);
        var second = (await deliveries.NextBatchAsync("slack", 3, 100, CancellationToken.None))!;
        await deliveries.DeliveredAsync("slack", second.Id, StoreFixture.Start, CancellationToken.None);

        Assert.Equal((1, 1), (first.Deliveries.Count, second.Deliveries.Count));
        Assert.True(second.Id > first.Id);
        Assert.Null(await deliveries.NextBatchAsync("slack", 3, 100, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task NextBatchAsync_BurstThenFailure_SameDigestRetriedWithItsAttempts(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        await QueueAsync(fixture, "slack", 5);
        await QueueAsync(fixture, "teams", 1);
        var deliveries = new AlertDeliveryRepository(fixture.Database);

        var digest = (await deliveries.NextBatchAsync("slack", 3, 100, CancellationToken.None))!;
        await QueueAsync(fixture, "slack", 1); // arrives while the digest is being tried
        var retryAt = StoreFixture.Start.AddMinutes(5);
        await deliveries.FailedAsync("slack", digest.Id, "HTTP 503\nunavailable", retryAt, CancellationToken.None);
        var again = (await deliveries.NextBatchAsync("slack", 3, 100, CancellationToken.None))!;

        Assert.Equal(5, digest.Deliveries.Count);
        Assert.Equal((digest.Id, 1, retryAt), (again.Id, again.Attempts, again.NextAttemptAt));
        Assert.Equal(digest.Deliveries.Select(d => d.Id), again.Deliveries.Select(d => d.Id));
        Assert.Equal(new Dictionary<string, long> { ["slack"] = 6, ["teams"] = 1 }, await deliveries.PendingAsync(CancellationToken.None));
    }

    private static async Task QueueAsync(StoreFixture fixture, string channel, int count)
    {
        var events = new AlertEventRepository(fixture.Database, TimeProvider.System);
        for (var i = 0; i < count; i++)
        {
            await events.PublishAsync(new AlertEventDraft(AlertEventKind.SourceFailing, null, null, Guid.NewGuid().ToString(), "down", StoreFixture.Start), CancellationToken.None);
        }

        foreach (var pending in await events.UnroutedAsync(100, CancellationToken.None))
        {
            await events.RouteAsync(pending, [new(channel, "source_failing", "{}")], CancellationToken.None);
        }
    }
}
