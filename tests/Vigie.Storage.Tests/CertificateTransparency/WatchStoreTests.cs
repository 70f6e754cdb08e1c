using Vigie.Storage.CertificateTransparency;
using Vigie.Storage.Findings;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Storage.Tests.CertificateTransparency;

[Collection(PostgresCollection.Name)]
public sealed class WatchStoreTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task SaveBatchAsync_SameBatchTwice_FindingsOnceAndPositionMoves(string kind)
    {
        using var folder = new TempFolder();
        await using var database = await TestDatabases.OpenAsync(kind, postgres, folder);
        var store = new WatchStore(database);
        var findings = new[]
        {
            Finding("onedrive-en-marche.fr", "ct:log#7"),
            Finding("en-marhe.fr", "ct:log#8"),
        };

        var first = await store.SaveBatchAsync(new SourcePosition("ct:log", "Log", 9, 100, Now), findings, CancellationToken.None);
        var again = await store.SaveBatchAsync(new SourcePosition("ct:log", "Log", 12, 120, Now), [findings[1] with { Source = "ct:other#1" }], CancellationToken.None);

        Assert.Equal(findings, first);
        Assert.Empty(again);
        Assert.Equal(findings.OrderBy(f => f.Name, StringComparer.Ordinal), await store.LoadFindingsAsync(CancellationToken.None));
        var position = (await store.LoadPositionsAsync(CancellationToken.None))["ct:log"];
        Assert.Equal((12L, 120L), (position.Next, position.Size));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task SaveBatchAsync_Cancelled_NeitherFindingsNorPosition(string kind)
    {
        using var folder = new TempFolder();
        await using var database = await TestDatabases.OpenAsync(kind, postgres, folder);
        var store = new WatchStore(database);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.SaveBatchAsync(new SourcePosition("ct:log", "Log", 9, 100, Now), [Finding("en-marhe.fr", "ct:log#1")], cancelled.Token));

        Assert.Empty(await store.LoadFindingsAsync(CancellationToken.None));
        Assert.Empty(await store.LoadPositionsAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task SaveBatchAsync_WithOrganisation_FindingsAndSourceStatusStoredOnce(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var store = new WatchStore(fixture.Database, fixture.Organisation.Id);
        var findings = new[] { Finding("onedrive-en-marche.fr", "ct:Test Log#7"), Finding("en-marhe.fr", "nrd:/lists/nrd.txt:3") };

        await store.SaveBatchAsync(new SourcePosition("ct:LOGID", "Test Log", 9, 100, Now), findings, CancellationToken.None);
        await store.SaveBatchAsync(new SourcePosition("ct:LOGID", "Test Log", 12, 120, Now), findings, CancellationToken.None);

        var stored = await fixture.Store.Findings.ListAsync(new FindingQuery(Sort: FindingSort.Name, Descending: false), CancellationToken.None);
        Assert.Equal(["en-marhe.fr", "onedrive-en-marche.fr"], stored.Items.Select(f => f.Name));
        Assert.Equal([new FindingSource(SourceKind.Ct, "LOGID#7", Now)], await fixture.Store.Findings.SourcesAsync(stored.Items[1].Id, CancellationToken.None));
        Assert.Equal([new FindingSource(SourceKind.Nrd, "/lists/nrd.txt:3", Now)], await fixture.Store.Findings.SourcesAsync(stored.Items[0].Id, CancellationToken.None));
        var status = Assert.Single(await fixture.Store.Sources.ListAsync(CancellationToken.None));
        Assert.Equal(("ct:LOGID", SourceKind.Ct, 12L, 120L, (DateTimeOffset?)Now), (status.SourceId, status.Kind, status.Position, status.Size, status.LastSuccessAt));
    }

    private static WatchFinding Finding(string name, string source) =>
        new(name, "en-marche.fr", "dot-to-hyphen", 90, "explained", source, Now);
}
