using Vigie.Storage.Organisations;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Organisations;

[Collection(PostgresCollection.Name)]
public sealed class OrganisationRepositoryTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task UpdateAsync_NewWatchlist_DomainsFollowAndSlugFound(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var organisations = fixture.Store.Organisations;

        var updated = await organisations.UpdateAsync(fixture.Organisation.Id,
            new OrganisationDraft("en-marche", "En Marche !", "Europe/Paris", "domains:\n  - en-marche.fr\n  - emmanuel-macron.fr\n"), CancellationToken.None);

        Assert.Equal(["emmanuel-macron.fr", "en-marche.fr"], updated!.Domains);
        Assert.Equivalent(updated, await organisations.GetBySlugAsync("en-marche", CancellationToken.None));
        Assert.Equivalent(new[] { updated }, await organisations.FindByDomainAsync("EMMANUEL-MACRON.FR", CancellationToken.None));
        Assert.Equivalent(new[] { updated }, await organisations.ListAsync(CancellationToken.None));
        Assert.True(updated.UpdatedAt > updated.CreatedAt);
        Assert.Null(await organisations.UpdateAsync(999, new OrganisationDraft("x", "X", "UTC", "domains: [x.fr]"), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task CreateAsync_BadEntries_RejectedInOneLineAndNothingStored(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var organisations = fixture.Store.Organisations;

        var taken = await Assert.ThrowsAsync<RejectedException>(() => organisations.CreateAsync(new("en-marche", "Other", "UTC", "domains: [a.fr]"), CancellationToken.None));
        var slug = await Assert.ThrowsAsync<RejectedException>(() => organisations.CreateAsync(new("En Marche", "X", "UTC", "domains: [a.fr]"), CancellationToken.None));
        var zone = await Assert.ThrowsAsync<RejectedException>(() => organisations.CreateAsync(new("x", "X", "Mars/Olympus", "domains: [a.fr]"), CancellationToken.None));
        var watchlist = await Assert.ThrowsAsync<RejectedException>(() => organisations.CreateAsync(new("x", "X", "UTC", "domains: [not a domain]"), CancellationToken.None));

        Assert.Contains("another organisation", taken.Message, StringComparison.Ordinal);
        Assert.Contains("slug", slug.Message, StringComparison.Ordinal);
        Assert.Contains("Mars/Olympus", zone.Message, StringComparison.Ordinal);
        Assert.StartsWith("watchlist line 1", watchlist.Message, StringComparison.Ordinal);
        Assert.All(new[] { taken, slug, zone, watchlist }, e => Assert.DoesNotContain('\n', e.Message));
        Assert.Single(await organisations.ListAsync(CancellationToken.None));
    }
}
