using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Findings;

[Collection(PostgresCollection.Name)]
public sealed class FindingRepositoryTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = StoreFixture.Start;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task RecordAsync_SameReportTwice_SecondChangesNothing(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var findings = fixture.Store.Findings;
        var report = Report(fixture, "onedrive-en-marche.fr", SourceKind.Ct, "log1#42", Now, 90);

        var first = await findings.RecordAsync([report], CancellationToken.None);
        var stored = await findings.GetAsync(first[0].FindingId, CancellationToken.None);
        var again = await findings.RecordAsync([report], CancellationToken.None);

        Assert.True(first[0].Created);
        Assert.Equal(new FindingRecorded(first[0].FindingId, false), again[0]);
        Assert.Equivalent(stored, await findings.GetAsync(first[0].FindingId, CancellationToken.None), strict: true);
        Assert.Equal([new FindingSource(SourceKind.Ct, "log1#42", Now)], await findings.SourcesAsync(first[0].FindingId, CancellationToken.None));
        Assert.Equal(TriageState.New, stored!.State);
        Assert.Equal("en-marche", stored.OrganisationSlug);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task RecordAsync_SecondSourceStrongerMatch_KeepsStrongestEarliestLatestAndBothSources(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var findings = fixture.Store.Findings;
        var sweep = Report(fixture, "en-marhce.fr", SourceKind.Sweep, "sweep of en-marche.fr", Now.AddDays(1), 70) with { Live = true };
        var ct = Report(fixture, "en-marhce.fr", SourceKind.Ct, "log1#7", Now, 85) with { Techniques = ["transposition", "homoglyph"] };

        var recorded = await findings.RecordAsync([sweep, ct], CancellationToken.None);

        Assert.Equal([true, false], recorded.Select(r => r.Created));
        var finding = (await findings.GetAsync(recorded[0].FindingId, CancellationToken.None))!;
        Assert.Equal((85, "transposition,homoglyph"), (finding.Score, string.Join(',', finding.Techniques)));
        Assert.Equal((Now, Now.AddDays(1)), (finding.FirstSeen, finding.LastSeen));
        Assert.True(finding.Live);
        Assert.Equal([SourceKind.Sweep, SourceKind.Ct], finding.Sources);
        Assert.Equal([SourceKind.Ct, SourceKind.Sweep], (await findings.SourcesAsync(finding.Id, CancellationToken.None)).Select(s => s.Kind));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task RecordAsync_PunycodeName_UnicodeFormStoredAndSearchable(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);

        var recorded = await fixture.Store.Findings.RecordAsync([Report(fixture, "xn--en-march-i1a.fr", SourceKind.Nrd, "nrd.txt", Now, 80)], CancellationToken.None);

        var page = await fixture.Store.Findings.ListAsync(new FindingQuery(Search: "MARCHÉ"), CancellationToken.None);
        Assert.Equal("en-marché.fr", Assert.Single(page.Items).Unicode);
        Assert.Equal(recorded[0].FindingId, page.Items[0].Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ListAsync_FiltersSortAndPage_MatchingFindingsInOrderWithTotal(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var other = await fixture.Store.Organisations.CreateAsync(new OrganisationDraft("ngo", "NGO", "UTC", "domains: [ngo.org]"), CancellationToken.None);
        var reports = Enumerable.Range(0, 30).Select(i => Report(fixture, $"en-marche-{i:00}.fr", i % 3 == 0 ? SourceKind.Ct : SourceKind.Sweep, $"d{i}", Now.AddHours(i), 50 + i))
            .Append(Report(fixture, "ngo-login.org", SourceKind.Ct, "log#1", Now, 99) with { OrganisationId = other.Id })
            .Append(Report(fixture, "en_marche%.fr", SourceKind.Manual, "alice", Now, 10))
            .ToList();
        await fixture.Store.Findings.RecordAsync(reports, CancellationToken.None);
        var findings = fixture.Store.Findings;

        var ct = await findings.ListAsync(new FindingQuery(OrganisationId: fixture.Organisation.Id, Source: SourceKind.Ct, MinScore: 60, MaxScore: 75, PageSize: 2, Page: 2), CancellationToken.None);
        var byName = await findings.ListAsync(new FindingQuery(Sort: FindingSort.Name, Descending: false, FirstSeenFrom: Now.AddHours(5), FirstSeenTo: Now.AddHours(8)), CancellationToken.None);
        var literal = await findings.ListAsync(new FindingQuery(Search: "_marche%"), CancellationToken.None);
        var everything = await findings.ListAsync(new FindingQuery(Sort: FindingSort.FirstSeen, PageSize: 1000), CancellationToken.None);
        var beyond = await findings.ListAsync(new FindingQuery(Page: 9), CancellationToken.None);

        Assert.Equal(5, ct.Total); // ct scores 62, 65, 68, 71, 74; page 2 holds the third and fourth highest
        Assert.Equal(["en-marche-18.fr", "en-marche-15.fr"], ct.Items.Select(f => f.Name));
        Assert.Equal(["en-marche-05.fr", "en-marche-06.fr", "en-marche-07.fr"], byName.Items.Select(f => f.Name));
        Assert.Equal("en_marche%.fr", Assert.Single(literal.Items).Name);
        Assert.Equal(32, everything.Total);
        Assert.Equal(FindingQuery.MaxPageSize, everything.PageSize);
        Assert.Equal("en-marche-29.fr", everything.Items[0].Name);
        Assert.Equal((32L, 0), (beyond.Total, beyond.Items.Count));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ListAsync_PagedThroughInEverySort_EachFindingOnceInTheSortsOrder(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        // Scores and times repeat, so that the id tie-break decides between equal keys on every page boundary.
        var reports = Enumerable.Range(0, 23).Select(i => Report(fixture, $"mail-en-marche-{(i * 7) % 23:00}.fr", SourceKind.Sweep, $"d{i}", Now.AddHours(i % 4), 60 + i % 3)).ToList();
        await fixture.Store.Findings.RecordAsync(reports, CancellationToken.None);
        await fixture.Store.Findings.RecordAsync(reports.Take(9).Select(r => r with { SeenAt = r.SeenAt.AddDays(1 + r.Score % 2) }).ToList(), CancellationToken.None);

        foreach (var sort in Enum.GetValues<FindingSort>())
        {
            foreach (var descending in new[] { true, false })
            {
                var whole = await fixture.Store.Findings.ListAsync(new FindingQuery(Sort: sort, Descending: descending, PageSize: 100), CancellationToken.None);
                var paged = new List<Finding>();
                for (var page = 1; page <= 4; page++)
                {
                    paged.AddRange((await fixture.Store.Findings.ListAsync(new FindingQuery(Sort: sort, Descending: descending, Page: page, PageSize: 6), CancellationToken.None)).Items);
                }

                var key = (Finding f) => (IComparable)(sort switch
                {
                    FindingSort.FirstSeen => f.FirstSeen,
                    FindingSort.LastSeen => f.LastSeen,
                    FindingSort.Name => f.Name,
                    _ => f.Score,
                });
                var expected = descending
                    ? whole.Items.OrderByDescending(key).ThenByDescending(f => f.Id)
                    : whole.Items.OrderBy(key).ThenBy(f => f.Id);
                Assert.Equal(23, whole.Items.Count);
                Assert.Equal(expected.Select(f => f.Id), whole.Items.Select(f => f.Id));
                Assert.Equal(whole.Items.Select(f => f.Id), paged.Select(f => f.Id));
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task SetLiveAsync_OlderThanLastReport_Ignored(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var findings = fixture.Store.Findings;
        var id = (await findings.RecordAsync([Report(fixture, "en-marhe.fr", SourceKind.Sweep, "sweep", Now, 80) with { Live = true }], CancellationToken.None))[0].FindingId;

        await findings.SetLiveAsync(id, false, Now.AddMinutes(-1), CancellationToken.None);
        var stillLive = (await findings.GetAsync(id, CancellationToken.None))!.Live;
        await findings.SetLiveAsync(id, false, Now.AddDays(1), CancellationToken.None);

        Assert.True(stillLive);
        var gone = (await findings.GetAsync(id, CancellationToken.None))!;
        Assert.False(gone.Live);
        Assert.Equal(Now, gone.LastSeen);
        Assert.Null(await findings.FindAsync(fixture.Organisation.Id, "other.fr", CancellationToken.None));
    }

    private static FindingReport Report(StoreFixture fixture, string name, SourceKind source, string detail, DateTimeOffset at, int score) =>
        new(fixture.Organisation.Id, name, "en-marche.fr", ["omission"], score, "explained", source, detail, at);
}
