using Vigie.Storage.Alerts;
using Vigie.Storage.Findings;
using Vigie.Storage.Takedowns;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Takedowns;

[Collection(PostgresCollection.Name)]
public sealed class TakedownRepositoryTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task RemindAsync_SameDueDateTwice_OneEventUntilALaterDate(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var store = fixture.Store;
        var due = StoreFixture.Start.AddDays(7);
        var id = await RequestAsync(fixture, due);
        var request = Assert.Single(await store.Takedowns.DueAsync(due.AddHours(1), CancellationToken.None));

        Assert.True(await store.Takedowns.RemindAsync(request.Id, due, Reminder(request, due), CancellationToken.None));
        Assert.False(await store.Takedowns.RemindAsync(request.Id, due, Reminder(request, due), CancellationToken.None));
        Assert.False(await store.Takedowns.RemindAsync(request.Id, due.AddDays(-7), Reminder(request, due.AddDays(-7)), CancellationToken.None));
        Assert.True(await store.Takedowns.RemindAsync(request.Id, due.AddDays(7), Reminder(request, due.AddDays(7)), CancellationToken.None));

        var reminders = (await new AlertEventRepository(fixture.Database, TimeProvider.System).UnroutedAsync(10, CancellationToken.None))
            .Where(e => e.Kind == AlertEventKind.TakedownFollowup).ToList();
        Assert.Equal([$"{request.Id}:due {due:O}", $"{request.Id}:due {due.AddDays(7):O}"], reminders.Select(e => e.Detail));
        Assert.All(reminders, e => Assert.Equal(id, e.FindingId));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task DueAsync_TakenDown_Empty(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var due = StoreFixture.Start.AddDays(7);
        var id = await RequestAsync(fixture, due);

        await fixture.Store.Triage.ChangeStateAsync(id, TriageState.TakenDown, new Actor("m.durand"), "the host answered", CancellationToken.None);

        Assert.Empty(await fixture.Store.Takedowns.DueAsync(due.AddDays(30), CancellationToken.None));
    }

    private static async Task<long> RequestAsync(StoreFixture fixture, DateTimeOffset due)
    {
        var report = new FindingReport(fixture.Organisation.Id, "en-marche-vote.fr", "en-marche.fr", ["combosquatting"], 80, "adds a word", SourceKind.Ct, "log#1", StoreFixture.Start, true);
        var id = (await fixture.Store.Findings.RecordAsync([report], CancellationToken.None))[0].FindingId;
        await fixture.Store.Takedowns.AddAsync(id, ["abuse@registrar.example"], "en", sent: true, "m.durand", due, CancellationToken.None);
        await fixture.Store.Triage.ChangeStateAsync(id, TriageState.TakedownRequested, new Actor("m.durand"), "abuse report sent", CancellationToken.None);
        return id;
    }

    private static AlertEventDraft Reminder(TakedownRequest request, DateTimeOffset due) =>
        new(AlertEventKind.TakedownFollowup, null, request.FindingId, $"{request.Id}:{due:O}", $"{request.Id}:due {due:O}", due);
}
