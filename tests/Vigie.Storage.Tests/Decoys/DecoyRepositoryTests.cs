using Vigie.Storage.Decoys;
using Vigie.Storage.Findings;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Decoys;

[Collection(PostgresCollection.Name)]
public sealed class DecoyRepositoryTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = StoreFixture.Start;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task AddAsync_SameUserNameInAnotherCase_SecondRefused(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var decoys = fixture.Store.Decoys;

        var first = await decoys.AddAsync(new DecoyDraft(null, "Jean.Martin@en-marche.fr", "pbkdf2-sha256$1$a$b", Now), CancellationToken.None);
        var second = await decoys.AddAsync(new DecoyDraft(null, "jean.martin@en-marche.fr", "pbkdf2-sha256$1$c$d", Now), CancellationToken.None);

        Assert.Equal("jean.martin@en-marche.fr", first?.Username);
        Assert.Null(second);
        Assert.Single(await decoys.ListAsync(null, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task RecordSubmissionAsync_ThenUseTwice_DecoyMarkedUseStoredOnceAndBothInTimeline(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var findingId = (await fixture.Store.Findings.RecordAsync(
            [new FindingReport(fixture.Organisation.Id, "en-marche-login.fr", "en-marche.fr", ["combosquat"], 90, "e", SourceKind.Manual, "m", Now)], CancellationToken.None))[0].FindingId;
        var decoys = fixture.Store.Decoys;
        var decoy = (await decoys.AddAsync(new DecoyDraft(findingId, "claire.petit@en-marche.fr", "pbkdf2-sha256$1$a$b", Now), CancellationToken.None))!;
        var sent = new ObservationDraft(ObservationKind.DecoySubmission, Now.AddMinutes(1), "decoy claire.petit@en-marche.fr sent", "{}", []);

        await decoys.RecordSubmissionAsync(new DecoySubmission(decoy.Id, findingId, "http://en-marche-login.fr/", "sent 200", Now.AddMinutes(1), sent), CancellationToken.None);
        var use = new DecoyUse(decoy.Id, "entra:/var/log/signins.json", "event-1", Now.AddHours(2), "203.0.113.9", "curl/8", "failure: 50126", null);
        var alert = new ObservationDraft(ObservationKind.DecoyUse, Now.AddHours(2), "DECOY USED", "{}", []);
        var firstTime = await decoys.RecordUseAsync(use, alert, CancellationToken.None);
        var again = await decoys.RecordUseAsync(use with { Source = "webhook" }, alert, CancellationToken.None);
        var otherEventSameSecond = await decoys.RecordUseAsync(use with { EventKey = "event-2" }, alert, CancellationToken.None);

        Assert.Equal((true, false, true), (firstTime, again, otherEventSameSecond));
        var stored = Assert.Single(await decoys.ListAsync(findingId, CancellationToken.None));
        Assert.Equal(("http://en-marche-login.fr/", "sent 200", Now.AddMinutes(1), 2), (stored.Page, stored.SubmissionStatus, stored.SubmittedAt, stored.Uses));
        var uses = await decoys.UsesAsync(findingId, CancellationToken.None);
        Assert.Equal(["event-2", "event-1"], uses.Select(u => u.Use.EventKey));
        Assert.Equal(("203.0.113.9", "claire.petit@en-marche.fr"), (uses[1].Use.SourceAddress, uses[1].Username));
        var timeline = await fixture.Store.Observations.ListAsync(findingId, CancellationToken.None);
        Assert.Equal([ObservationKind.DecoySubmission, ObservationKind.DecoyUse, ObservationKind.DecoyUse], timeline.Select(o => o.Kind));
        Assert.Empty(await decoys.UsesAsync(findingId + 1, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task SaveLogPositionAsync_SavedTwice_TheLastOneReadBackPerSource(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var decoys = fixture.Store.Decoys;

        var never = await decoys.LogPositionAsync("syslog:/var/log/auth.log", CancellationToken.None);
        await decoys.SaveLogPositionAsync(new LogPosition("syslog:/var/log/auth.log", 120, 120, "aa"), CancellationToken.None);
        await decoys.SaveLogPositionAsync(new LogPosition("syslog:/var/log/auth.log", 4096, 256, "bb"), CancellationToken.None);
        await decoys.SaveLogPositionAsync(new LogPosition("okta:/var/log/okta.jsonl", 10, 10, "cc"), CancellationToken.None);

        Assert.Null(never);
        Assert.Equal(new LogPosition("syslog:/var/log/auth.log", 4096, 256, "bb"), await decoys.LogPositionAsync("syslog:/var/log/auth.log", CancellationToken.None));
        Assert.Equal(10, (await decoys.LogPositionAsync("okta:/var/log/okta.jsonl", CancellationToken.None))?.ReadTo);
    }
}
