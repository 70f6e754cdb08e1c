using Vigie.Alerts.Channels;
using Vigie.Alerts.Delivery;
using Vigie.Alerts.Routing;
using Vigie.Alerts.Settings;
using Vigie.Alerts.Tests.Support;
using Vigie.Storage.Alerts;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Storage.Takedowns;
using Vigie.TestSupport;
using Vigie.TestSupport.Storage;

namespace Vigie.Alerts.Tests.Delivery;

public sealed class TakedownFollowUpMonitorTests
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Fact]
    public async Task CheckAsync_FollowUpDue_OneReminderAlertEvenAfterRestart()
    {
        await using var store = await OrganisationStore.OpenAsync();
        var (id, followUpAt) = await RequestTakedownAsync(store, "en-marche-vote.fr");
        var clock = new ManualClock(followUpAt - TimeSpan.FromHours(1));
        var router = Router(store, clock);
        await router.RouteAsync(CancellationToken.None);

        Assert.Equal(0, await Monitor(store, clock).CheckAsync(CancellationToken.None));
        clock.Now = followUpAt + TimeSpan.FromHours(1);
        Assert.Equal(1, await Monitor(store, clock).CheckAsync(CancellationToken.None));
        Assert.Equal(0, await Monitor(store, clock).CheckAsync(CancellationToken.None));
        await router.RouteAsync(CancellationToken.None);

        var alert = AlertJson.Read(Assert.Single(await QueuedAsync(store)).Alert);
        Assert.Equal(("takedown_followup", "Takedown follow-up due: en-marche-vote[.]fr", $"https://vigie.example.org/findings/{id}"), (alert.Kind, alert.Title, alert.Link));
        Assert.StartsWith("takedown request sent to abuse@registrar.example, abuse@host.example on ", alert.Detail, StringComparison.Ordinal);
        Assert.Contains($"by m.durand; follow-up due {followUpAt.UtcDateTime:yyyy-MM-dd}", alert.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_StillUnansweredAnIntervalLater_RemindsAgainOnce()
    {
        await using var store = await OrganisationStore.OpenAsync();
        var (_, followUpAt) = await RequestTakedownAsync(store, "en-marche-vote.fr");
        var clock = new ManualClock(followUpAt + TimeSpan.FromHours(1));
        Assert.Equal(1, await Monitor(store, clock).CheckAsync(CancellationToken.None));

        clock.Now = followUpAt + Week + TimeSpan.FromHours(1);
        Assert.Equal(1, await Monitor(store, clock).CheckAsync(CancellationToken.None));
        Assert.Equal(0, await Monitor(store, clock).CheckAsync(CancellationToken.None));

        var reminders = (await new AlertEventRepository(store.Database, clock).UnroutedAsync(10, CancellationToken.None)).Where(e => e.Kind == AlertEventKind.TakedownFollowup);
        Assert.Equal(2, reminders.Count());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CheckAsync_TakenDownOrGone_NoReminder(bool takenDown)
    {
        var state = takenDown ? TriageState.TakenDown : TriageState.Gone;
        await using var store = await OrganisationStore.OpenAsync();
        var (id, followUpAt) = await RequestTakedownAsync(store, "en-marche-vote.fr");
        await store.Store.Triage.ChangeStateAsync(id, state, new Actor("m.durand"), "the host answered", CancellationToken.None);

        Assert.Equal(0, await Monitor(store, new ManualClock(followUpAt + TimeSpan.FromDays(30))).CheckAsync(CancellationToken.None));
    }

    private static async Task<(long Id, DateTimeOffset FollowUpAt)> RequestTakedownAsync(OrganisationStore store, string name)
    {
        var id = await store.RecordAsync(name);
        var followUpAt = DateTimeOffset.UtcNow + Week;
        await store.Store.Takedowns.AddAsync(id, ["abuse@registrar.example", "abuse@host.example"], "en", sent: true, "m.durand", followUpAt, CancellationToken.None);
        await store.Store.Triage.ChangeStateAsync(id, TriageState.TakedownRequested, new Actor("m.durand"), "abuse report sent", CancellationToken.None);
        return (id, followUpAt);
    }

    private static TakedownFollowUpMonitor Monitor(OrganisationStore store, TimeProvider clock) => new(new TakedownRepository(store.Database, clock), Week, clock);

    private static AlertRouter Router(OrganisationStore store, TimeProvider clock)
    {
        var channel = new AlertChannelSettings("reminders", "webhook", [AlertRule.Everything with { On = new HashSet<AlertEventKind>([AlertEventKind.TakedownFollowup]) }],
            new DeliverySettings { DigestAfter = 100 }, context => new WebhookChannel(new Uri("http://127.0.0.1:9/"), "s", context.Time, AlertHttp.CreateClient()));
        return new AlertRouter(new AlertSettings { Channels = [channel] }, new AlertEventRepository(store.Database, clock),
            new AlertComposer(store.Store.Findings, new OrganisationRepository(store.Database, clock), new Uri("https://vigie.example.org/")), clock);
    }

    private static async Task<IReadOnlyList<AlertDelivery>> QueuedAsync(OrganisationStore store) =>
        (await new AlertDeliveryRepository(store.Database).NextBatchAsync("reminders", 1, 1000, CancellationToken.None))?.Deliveries ?? [];
}
