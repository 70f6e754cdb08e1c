using Vigie.Storage.Digests;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Digests;

[Collection(PostgresCollection.Name)]
public sealed class DigestRunRepositoryTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ClaimAsync_SameOccurrenceTwice_TakenOnceAndLastIsTheLatest(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var runs = new DigestRunRepository(fixture.Database, new SteppingClock(StoreFixture.Start));
        var organisation = fixture.Organisation.Id;
        var monday = StoreFixture.Start.AddDays(1);

        Assert.Null(await runs.LastAsync(organisation, CancellationToken.None));
        Assert.True(await runs.ClaimAsync(organisation, monday.AddDays(-7), CancellationToken.None));
        await runs.FinishAsync(organisation, monday.AddDays(-7), false, "schedule started after this occurrence: not sent", CancellationToken.None);
        Assert.True(await runs.ClaimAsync(organisation, monday, CancellationToken.None));
        Assert.False(await runs.ClaimAsync(organisation, monday, CancellationToken.None));
        await runs.FinishAsync(organisation, monday, true, "1 of 1 delivered", CancellationToken.None);

        Assert.Equal(monday, await runs.LastAsync(organisation, CancellationToken.None));
        Assert.False(await new DigestRunRepository(fixture.Database, TimeProvider.System).ClaimAsync(organisation, monday, CancellationToken.None));
    }
}
