using Vigie.Storage.Findings;
using Vigie.Storage.Sources;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Sources;

[Collection(PostgresCollection.Name)]
public sealed class SourceStatusRepositoryTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ReportErrorAsync_AfterSuccess_PositionKeptAndErrorShown(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var sources = fixture.Store.Sources;
        var next = StoreFixture.Start.AddHours(1);

        await sources.ReportSuccessAsync(new SourceProgress("ct:abc", SourceKind.Ct, "Test log", 900, 1000, next), CancellationToken.None);
        await sources.ReportErrorAsync("ct:abc", SourceKind.Ct, "Test log", "HTTP 500\nfrom the log", next, CancellationToken.None);
        await sources.ReportErrorAsync("nrd:list", SourceKind.Nrd, "list.txt", "no such file", null, CancellationToken.None);

        var rows = await sources.ListAsync(CancellationToken.None);
        Assert.Equal(["ct:abc", "nrd:list"], rows.Select(r => r.SourceId));
        var ct = rows[0];
        Assert.Equal((900L, 1000L, 100L, "HTTP 500 from the log", (DateTimeOffset?)next), (ct.Position, ct.Size, ct.Lag, ct.LastError, ct.NextRunAt));
        Assert.True(ct.LastErrorAt > ct.LastSuccessAt);
        Assert.Null(rows[1].LastSuccessAt);
    }
}
