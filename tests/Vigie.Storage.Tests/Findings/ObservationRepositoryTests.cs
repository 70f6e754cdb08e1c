using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Findings;

[Collection(PostgresCollection.Name)]
public sealed class ObservationRepositoryTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = StoreFixture.Start;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task AddAsync_VerdictWithScreenshotThenOlderOne_FindingKeepsLatestAndRedeliveryIgnored(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var id = (await fixture.Store.Findings.RecordAsync(
            [new FindingReport(fixture.Organisation.Id, "en-marhe.fr", "en-marche.fr", ["omission"], 80, "e", SourceKind.Sweep, "s", Now)], CancellationToken.None))[0].FindingId;
        var screenshot = new EvidenceItem("screenshot", "image/png", new string('a', 64), 1234, Now, "http://en-marhe.fr/");
        var html = new EvidenceItem("html", "text/html", new string('b', 64), 99, Now, "http://en-marhe.fr/");
        var latest = new ObservationDraft(ObservationKind.Verdict, Now.AddHours(1), "phishing (92)", """{"verdict":"phishing"}""", [screenshot, html], new FindingVerdict("phishing", 92));
        var older = new ObservationDraft(ObservationKind.Verdict, Now, "parked (20)", """{"verdict":"parked"}""",
            [screenshot with { Sha256 = new string('c', 64) }], new FindingVerdict("parked", 20));
        var observations = fixture.Store.Observations;

        var first = await observations.AddAsync(id, latest, CancellationToken.None);
        var late = await observations.AddAsync(id, older, CancellationToken.None);
        var redelivered = await observations.AddAsync(id, latest, CancellationToken.None);

        Assert.NotNull(first);
        Assert.NotNull(late);
        Assert.Null(redelivered);
        var finding = (await fixture.Store.Findings.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(("phishing", 92, Now.AddHours(1), screenshot.Sha256), (finding.Verdict, finding.RiskScore, finding.VerdictAt, finding.ScreenshotSha256));
        var timeline = await observations.ListAsync(id, CancellationToken.None);
        Assert.Equal([late, first], timeline.Select(o => (long?)o.Id));
        Assert.Equal([html, screenshot], timeline[1].Evidence.OrderBy(e => e.Kind, StringComparer.Ordinal));
        Assert.Equal(("parked (20)", ObservationKind.Verdict), (timeline[0].Summary, timeline[0].Kind));
    }
}
