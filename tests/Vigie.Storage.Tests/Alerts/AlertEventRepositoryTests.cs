using Vigie.Storage.Alerts;
using Vigie.Storage.Findings;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Alerts;

[Collection(PostgresCollection.Name)]
public sealed class AlertEventRepositoryTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task UnroutedAsync_FindingChanges_EventsWrittenByTheDatabase(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var store = fixture.Store;
        var events = new AlertEventRepository(fixture.Database, TimeProvider.System);
        var at = StoreFixture.Start;

        var id = (await store.Findings.RecordAsync([Report(fixture, "en-marche-vote.fr", at, live: false)], CancellationToken.None))[0].FindingId;
        await store.Findings.RecordAsync([Report(fixture, "en-marche-vote.fr", at.AddMinutes(1), live: false)], CancellationToken.None);
        await store.Findings.RecordAsync([Report(fixture, "en-marche-vote.fr", at.AddMinutes(2), live: true)], CancellationToken.None);
        await store.Findings.RecordAsync([Report(fixture, "en-marche-vote.fr", at.AddMinutes(3), live: true)], CancellationToken.None);
        await store.Observations.AddAsync(id, new ObservationDraft(ObservationKind.Verdict, at.AddMinutes(4), "phishing", "{}", [], new FindingVerdict("phishing", 95)), CancellationToken.None);
        await store.Observations.AddAsync(id, new ObservationDraft(ObservationKind.Verdict, at.AddMinutes(4), "phishing", "{}", [], new FindingVerdict("phishing", 95)), CancellationToken.None);

        var pending = await events.UnroutedAsync(10, CancellationToken.None);

        Assert.Equal([AlertEventKind.NewFinding, AlertEventKind.WentLive, AlertEventKind.Verdict], pending.Select(e => e.Kind));
        Assert.All(pending, e => Assert.Equal((id, fixture.Organisation.Id), (e.FindingId, e.OrganisationId)));
        Assert.Equal([at, at.AddMinutes(2), at.AddMinutes(4)], pending.Select(e => e.OccurredAt));
        Assert.Equal("phishing", pending[2].Detail);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task RouteAsync_TwiceForOneEvent_QueuedOnceAndNoLongerUnrouted(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var events = new AlertEventRepository(fixture.Database, TimeProvider.System);
        await events.PublishAsync(new AlertEventDraft(AlertEventKind.SourceFailing, null, null, "ct:abc:never", "log down", StoreFixture.Start), CancellationToken.None);
        var pending = Assert.Single(await events.UnroutedAsync(10, CancellationToken.None));

        await events.RouteAsync(pending, [new("slack", "source_failing", "{}"), new("syslog", "source_failing", "{}")], CancellationToken.None);
        await events.RouteAsync(pending, [new("slack", "source_failing", "{}")], CancellationToken.None);

        Assert.Empty(await events.UnroutedAsync(10, CancellationToken.None));
        Assert.Equal(new Dictionary<string, long> { ["slack"] = 1, ["syslog"] = 1 }, await new AlertDeliveryRepository(fixture.Database).PendingAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task SentRecentlyAsync_SameTopicWithinWindow_True(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var events = new AlertEventRepository(fixture.Database, TimeProvider.System);
        var id = (await fixture.Store.Findings.RecordAsync([Report(fixture, "en-marche-vote.fr", StoreFixture.Start, null)], CancellationToken.None))[0].FindingId;
        var pending = Assert.Single(await events.UnroutedAsync(10, CancellationToken.None));
        await events.RouteAsync(pending, [new("slack", "new_finding", "{}")], CancellationToken.None);
        var hourAgo = DateTimeOffset.UtcNow.AddHours(-1);

        Assert.True(await events.SentRecentlyAsync("slack", id, "new_finding", hourAgo, CancellationToken.None));
        Assert.False(await events.SentRecentlyAsync("slack", id, "verdict:phishing", hourAgo, CancellationToken.None));
        Assert.False(await events.SentRecentlyAsync("teams", id, "new_finding", hourAgo, CancellationToken.None));
        Assert.False(await events.SentRecentlyAsync("slack", id, "new_finding", DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None));
    }

    private static FindingReport Report(StoreFixture fixture, string name, DateTimeOffset at, bool? live) =>
        new(fixture.Organisation.Id, name, "en-marche.fr", ["combosquatting"], 80, "adds a word", SourceKind.Ct, "log#1", at, live);
}
