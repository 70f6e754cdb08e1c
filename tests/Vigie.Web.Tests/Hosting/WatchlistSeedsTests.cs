using Vigie.Storage.Database;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.TestSupport;
using Vigie.Web.Hosting;

namespace Vigie.Web.Tests.Hosting;

public sealed class WatchlistSeedsTests
{
    private const string Watchlist = "organisation: En Marche\ndomains:\n  - en-marche.fr\n";

    [Fact]
    public async Task FileAsync_FirstStart_CreatesTheOrganisationWithTheFilesText()
    {
        using var folder = new TempFolder();
        await using var database = await OpenAsync(folder);
        File.WriteAllText(folder.File("en-marche.yaml"), Watchlist);

        var lines = await WatchlistSeeds.FileAsync(database, [folder.File("en-marche.yaml")], TimeProvider.System, CancellationToken.None);

        var organisation = Assert.Single(await new OrganisationRepository(database, TimeProvider.System).ListAsync(CancellationToken.None));
        Assert.Equal(("en-marche", "En Marche", Watchlist), (organisation.Slug, organisation.Name, organisation.Watchlist));
        Assert.Equal([$"watchlist {folder.File("en-marche.yaml")}: organisation #{organisation.Id}"], lines);
    }

    [Fact]
    public async Task FileAsync_NextStartAfterADashboardEdit_KeepsTheEdit()
    {
        using var folder = new TempFolder();
        await using var database = await OpenAsync(folder);
        File.WriteAllText(folder.File("en-marche.yaml"), Watchlist);
        var organisations = new OrganisationRepository(database, TimeProvider.System);
        await WatchlistSeeds.FileAsync(database, [folder.File("en-marche.yaml")], TimeProvider.System, CancellationToken.None);
        var filed = Assert.Single(await organisations.ListAsync(CancellationToken.None));
        var edited = Watchlist + "brands:\n  - Macron\n";
        await organisations.UpdateAsync(filed.Id, new OrganisationDraft(filed.Slug, filed.Name, "Europe/Paris", edited), CancellationToken.None);

        await WatchlistSeeds.FileAsync(database, [folder.File("en-marche.yaml")], TimeProvider.System, CancellationToken.None);

        var after = Assert.Single(await organisations.ListAsync(CancellationToken.None));
        Assert.Equal((edited, "Europe/Paris"), (after.Watchlist, after.TimeZone));
    }

    [Fact]
    public async Task FileAsync_FileBrokenSinceTheCheck_SkippedInOneLine()
    {
        using var folder = new TempFolder();
        await using var database = await OpenAsync(folder);
        File.WriteAllText(folder.File("en-marche.yaml"), "domains: [");

        var lines = await WatchlistSeeds.FileAsync(database, [folder.File("en-marche.yaml")], TimeProvider.System, CancellationToken.None);

        Assert.StartsWith($"watchlist {folder.File("en-marche.yaml")} skipped: ", Assert.Single(lines), StringComparison.Ordinal);
        Assert.Empty(await new OrganisationRepository(database, TimeProvider.System).ListAsync(CancellationToken.None));
    }

    private static async Task<VigieDatabase> OpenAsync(TempFolder folder)
    {
        var database = VigieDatabase.Open(folder.File("vigie.db"));
        await Migrator.MigrateAsync(database, CancellationToken.None);
        return database;
    }
}
