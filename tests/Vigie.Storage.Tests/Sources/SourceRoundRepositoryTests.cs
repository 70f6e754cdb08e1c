using Vigie.Storage.Findings;
using Vigie.Storage.Sources;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Sources;

[Collection(PostgresCollection.Name)]
public sealed class SourceRoundRepositoryTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task StartAsync_NewRound_PositionBackAtStartAndRoundUnfinished(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var rounds = new SourceRoundRepository(fixture.Database, new SteppingClock(StoreFixture.Start));
        var next = StoreFixture.Start.AddHours(1);

        await rounds.StartAsync("digest-1", new SourceProgress("nrd:list", SourceKind.Nrd, "list.txt", 0, 10, next), CancellationToken.None);
        await fixture.Store.Findings.RecordAsync([], new SourceProgress("nrd:list", SourceKind.Nrd, "list.txt", 10, 10, next), CancellationToken.None);
        await rounds.FinishAsync(new SourceProgress("nrd:list", SourceKind.Nrd, "list.txt", 10, 10, next), CancellationToken.None);
        var finished = await rounds.GetAsync("nrd:list", CancellationToken.None);
        await rounds.StartAsync("digest-2", new SourceProgress("nrd:list", SourceKind.Nrd, "list.txt", 0, 20, next), CancellationToken.None);

        Assert.Equal(("digest-1", true), (finished!.Round, finished.Finished));
        var started = await rounds.GetAsync("nrd:list", CancellationToken.None);
        Assert.Equal(("digest-2", false), (started!.Round, started.Finished));
        Assert.True(started.StartedAt > finished.StartedAt);
        var status = Assert.Single(await fixture.Store.Sources.ListAsync(CancellationToken.None));
        Assert.Equal((0L, 20L, (DateTimeOffset?)next), (status.Position, status.Size, status.NextRunAt));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task GetAsync_NeverStarted_Null(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var rounds = new SourceRoundRepository(fixture.Database, TimeProvider.System);

        Assert.Null(await rounds.GetAsync("sweep:en-marche", CancellationToken.None));
    }
}
