using Vigie.Storage.CertificateTransparency;
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
        await store.EnsureSchemaAsync(CancellationToken.None);
        await store.EnsureSchemaAsync(CancellationToken.None);
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
        await store.EnsureSchemaAsync(CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.SaveBatchAsync(new SourcePosition("ct:log", "Log", 9, 100, Now), [Finding("en-marhe.fr", "ct:log#1")], cancelled.Token));

        Assert.Empty(await store.LoadFindingsAsync(CancellationToken.None));
        Assert.Empty(await store.LoadPositionsAsync(CancellationToken.None));
    }

    private static WatchFinding Finding(string name, string source) =>
        new(name, "en-marche.fr", "dot-to-hyphen", 90, "explained", source, Now);
}
