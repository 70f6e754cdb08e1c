using Vigie.Alerts.Channels;
using Vigie.Alerts.Routing;
using Vigie.Alerts.Settings;
using Vigie.Alerts.Tests.Support;
using Vigie.Storage.Alerts;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.TestSupport.Storage;

namespace Vigie.Alerts.Tests.Routing;

public sealed class AlertRouterTests
{
    private static readonly IReadOnlySet<AlertEventKind> All = new HashSet<AlertEventKind>(Enum.GetValues<AlertEventKind>());

    [Fact]
    public async Task RouteAsync_RulesPerOrganisationAndScore_EachChannelGetsItsOwn()
    {
        await using var store = await OrganisationStore.OpenAsync();
        var strong = new AlertRule(new HashSet<string>(["en-marche"]), All, 70, AlertRule.DefaultVerdicts);
        var other = new AlertRule(new HashSet<string>(["another-org"]), All, 0, AlertRule.DefaultVerdicts);
        var router = Router(store, Channel("strong", strong), Channel("other", other), Channel("all", AlertRule.Everything));

        await store.RecordAsync("en-marche-weak.fr", score: 60);
        await store.RecordAsync("en-marche-strong.fr", score: 90);
        var touched = await router.RouteAsync(CancellationToken.None);

        Assert.Equal(["all", "strong"], touched.Order(StringComparer.Ordinal));
        Assert.Equal(["en-marche-strong.fr"], await QueuedAsync(store, "strong"));
        Assert.Equal(["en-marche-weak.fr", "en-marche-strong.fr"], await QueuedAsync(store, "all"));
    }

    [Fact]
    public async Task RouteAsync_LiveAtFirstSightingThenLiveAgain_NewAlertThenWentLiveAlert()
    {
        await using var store = await OrganisationStore.OpenAsync();
        var router = Router(store, Channel("all", AlertRule.Everything), Channel("live-only", AlertRule.Everything with { On = new HashSet<AlertEventKind>([AlertEventKind.WentLive]) }));
        var id = await store.RecordAsync("en-marche-live.fr", live: true);

        await router.RouteAsync(CancellationToken.None);
        Assert.Equal(["new_finding"], await KindsAsync(store, "all"));
        Assert.Equal(["went_live"], await KindsAsync(store, "live-only"));

        await store.Store.Findings.SetLiveAsync(id, false, DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);
        await store.Store.Findings.SetLiveAsync(id, true, DateTimeOffset.UtcNow.AddSeconds(2), CancellationToken.None);
        await router.RouteAsync(CancellationToken.None);
        Assert.Equal(["went_live"], await KindsAsync(store, "all", afterFirst: true));
    }

    [Fact]
    public async Task RouteAsync_PhishingVerdictTwiceAndSuspicious_OneAlertForTheFirstPhishing()
    {
        await using var store = await OrganisationStore.OpenAsync();
        var router = Router(store, Channel("verdicts", AlertRule.Everything with { On = new HashSet<AlertEventKind>([AlertEventKind.Verdict]) }));
        var id = await store.RecordAsync("en-marche-kit.fr");
        var observations = new ObservationRepository(store.Database);
        var at = DateTimeOffset.UtcNow;

        await observations.AddAsync(id, Verdict(at, "suspicious"), CancellationToken.None);
        await observations.AddAsync(id, Verdict(at.AddMinutes(1), "phishing"), CancellationToken.None);
        await observations.AddAsync(id, Verdict(at.AddMinutes(2), "phishing"), CancellationToken.None);
        await router.RouteAsync(CancellationToken.None);

        var alert = AlertJson.Read(Assert.Single((await BatchAsync(store, "verdicts"))!.Deliveries).Alert);
        Assert.Equal(("verdict", "phishing", "en-marche-kit[.]fr judged phishing"), (alert.Kind, alert.Verdict, alert.Title));
    }

    [Fact]
    public async Task RouteAsync_DecoyPublishedTwice_OneAlertWithItsDetail()
    {
        await using var store = await OrganisationStore.OpenAsync();
        var events = new AlertEventRepository(store.Database, TimeProvider.System);
        var router = Router(store, Channel("all", AlertRule.Everything));
        var id = await store.RecordAsync("en-marche-decoy.fr");
        await router.RouteAsync(CancellationToken.None);
        await new Vigie.Storage.Alerts.AlertDeliveryRepository(store.Database).DeliveredAsync("all", (await BatchAsync(store, "all"))!.Id, DateTimeOffset.UtcNow, CancellationToken.None);
        var draft = new AlertEventDraft(AlertEventKind.DecoyUsed, store.Organisation.Id, id, "decoy-17", "decoy login m.durand tried from 192.0.2.7", DateTimeOffset.UtcNow);

        Assert.True(await events.PublishAsync(draft, CancellationToken.None));
        Assert.False(await events.PublishAsync(draft, CancellationToken.None));
        await router.RouteAsync(CancellationToken.None);

        var alert = AlertJson.Read(Assert.Single((await BatchAsync(store, "all"))!.Deliveries).Alert);
        Assert.Equal(("decoy_used", "Decoy used on en-marche-decoy[.]fr", "decoy login m.durand tried from 192.0.2.7"), (alert.Kind, alert.Title, alert.Detail));
    }

    [Fact]
    public async Task RouteAsync_EventOlderThanMaxAge_Dropped()
    {
        await using var store = await OrganisationStore.OpenAsync();
        var router = Router(store, Channel("all", AlertRule.Everything));
        await new AlertEventRepository(store.Database, TimeProvider.System).PublishAsync(
            new AlertEventDraft(AlertEventKind.SourceFailing, null, null, "ct:old", "an old outage", DateTimeOffset.UtcNow.AddDays(-2)), CancellationToken.None);

        Assert.Empty(await router.RouteAsync(CancellationToken.None));
        Assert.Null(await BatchAsync(store, "all"));
    }

    private static AlertChannelSettings Channel(string name, AlertRule rule) =>
        new(name, "webhook", [rule], new DeliverySettings { DigestAfter = 100 }, context => new WebhookChannel(new Uri("http://127.0.0.1:9/"), "s", context.Time, AlertHttp.CreateClient()));

    private static AlertRouter Router(OrganisationStore store, params AlertChannelSettings[] channels) => new(
        new AlertSettings { Channels = channels }, new AlertEventRepository(store.Database, TimeProvider.System),
        new AlertComposer(store.Store.Findings, new OrganisationRepository(store.Database, TimeProvider.System), new Uri("https://vigie.example.org/")), TimeProvider.System);

    private static ObservationDraft Verdict(DateTimeOffset at, string verdict) =>
        new(ObservationKind.Verdict, at, verdict, "{}", [], new FindingVerdict(verdict, 90));

    private static Task<AlertDeliveryBatch?> BatchAsync(OrganisationStore store, string channel) =>
        new AlertDeliveryRepository(store.Database).NextBatchAsync(channel, 1, 1000, CancellationToken.None);

    private static async Task<List<string?>> QueuedAsync(OrganisationStore store, string channel) =>
        [.. (await BatchAsync(store, channel))?.Deliveries.Select(d => AlertJson.Read(d.Alert).Name) ?? []];

    private static async Task<List<string>> KindsAsync(OrganisationStore store, string channel, bool afterFirst = false)
    {
        var deliveries = new AlertDeliveryRepository(store.Database);
        if (afterFirst)
        {
            await deliveries.DeliveredAsync(channel, (await BatchAsync(store, channel))!.Id, DateTimeOffset.UtcNow, CancellationToken.None);
        }

        return [.. (await BatchAsync(store, channel))?.Deliveries.Select(d => AlertJson.Read(d.Alert).Kind) ?? []];
    }
}
