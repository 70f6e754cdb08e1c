using System.Globalization;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Storage.Tests.Migrations;

[Collection(PostgresCollection.Name)]
public sealed class FindingSearchIndexTests(PostgresServer postgres)
{
    private const int Step = 17;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task MigrateAsync_FreshDatabase_TrigramIndexOnBothSpellings(string kind)
    {
        using var folder = new TempFolder();
        await using var database = await TestDatabases.OpenAsync(kind, postgres, folder);

        var indexes = kind == "sqlite"
            ? "SELECT COUNT(*) FROM sqlite_master WHERE name = 'findings_search' AND sql LIKE '%trigram%'"
            : "SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'findings' AND indexdef LIKE '%gin_trgm_ops%'";

        Assert.Equal(kind == "sqlite" ? 1 : 2, await ScalarAsync(database, indexes));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task MigrateAsync_FindingsFromBeforeTheStep_FoundBySearch(string kind)
    {
        using var folder = new TempFolder();
        await using var database = VigieDatabase.Open(kind == "postgres" ? await postgres.CreateDatabaseAsync() : folder.File("vigie.db"));
        await Migrator.MigrateAsync(database, Step - 1, CancellationToken.None);
        var store = new FindingsStore(database, new SteppingClock(StoreFixture.Start));
        var organisation = await store.Organisations.CreateAsync(new OrganisationDraft("en-marche", "En Marche", "UTC", "domains: [en-marche.fr]"), CancellationToken.None);
        await store.Findings.RecordAsync([Report(organisation, "secure-login-en-marche.fr"), Report(organisation, "xn--en-march-i1a.fr")], CancellationToken.None);

        await Migrator.MigrateAsync(database, Step, CancellationToken.None);

        var login = await store.Findings.ListAsync(new FindingQuery(Search: "login-en"), CancellationToken.None);
        var unicode = await store.Findings.ListAsync(new FindingQuery(Search: "marché"), CancellationToken.None);
        Assert.Equal("secure-login-en-marche.fr", Assert.Single(login.Items).Name);
        Assert.Equal("xn--en-march-i1a.fr", Assert.Single(unicode.Items).Name);
    }

    [Fact]
    public async Task Triggers_FindingsInsertedUpdatedRenamedDeleted_FtsIndexMatchesTheTable()
    {
        await using var fixture = await StoreFixture.OpenAsync("sqlite", postgres);
        var reports = new[] { "login-en-marche.fr", "vote-en-marche.fr", "don-en-marche.fr" }.Select(n => Report(fixture.Organisation, n)).ToList();
        var ids = (await fixture.Store.Findings.RecordAsync(reports, CancellationToken.None)).Select(r => r.FindingId).ToList();
        await fixture.Store.Findings.RecordAsync([reports[0] with { Score = 95, SeenAt = StoreFixture.Start.AddDays(1) }], CancellationToken.None);

        await using var connection = await fixture.Database.OpenConnectionAsync(CancellationToken.None);
        foreach (var sql in new[]
        {
            $"UPDATE findings SET name = 'mail-en-marche.fr', unicode = 'mail-en-marche.fr' WHERE id = {ids[1]}",
            $"UPDATE findings SET score = 10 WHERE id = {ids[0]}",
            $"DELETE FROM finding_sources WHERE finding_id = {ids[2]}",
            $"DELETE FROM alert_events WHERE finding_id = {ids[2]}",
            $"DELETE FROM findings WHERE id = {ids[2]}",
            // rank 1: also compare the index with the rows of findings, its external content (sqlite.org/fts5.html, "integrity-check").
            "INSERT INTO findings_search (findings_search, rank) VALUES ('integrity-check', 1)",
        })
        {
            await using var command = connection.Command(sql);
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal([ids[1]], (await fixture.Store.Findings.ListAsync(new FindingQuery(Search: "mail-en"), CancellationToken.None)).Items.Select(f => f.Id));
    }

    [Fact]
    public async Task MigrateAsync_RoleMayNotCreatePgTrgm_StepRecordedAndSearchStillFinds()
    {
        var owner = await postgres.CreateDatabaseAsync();
        await using (var admin = VigieDatabase.Open(owner))
        await using (var connection = await admin.OpenConnectionAsync(CancellationToken.None))
        await using (var grant = connection.Command("CREATE ROLE limited_migrator LOGIN; GRANT CREATE ON SCHEMA public TO limited_migrator"))
        {
            await grant.ExecuteNonQueryAsync();
        }

        await using var database = VigieDatabase.Open(owner.Replace("Username=vigie", "Username=limited_migrator", StringComparison.Ordinal));
        var version = await Migrator.MigrateAsync(database, CancellationToken.None);
        var store = new FindingsStore(database, new SteppingClock(StoreFixture.Start));
        var organisation = await store.Organisations.CreateAsync(new OrganisationDraft("en-marche", "En Marche", "UTC", "domains: [en-marche.fr]"), CancellationToken.None);
        await store.Findings.RecordAsync([Report(organisation, "secure-login-en-marche.fr")], CancellationToken.None);

        Assert.Equal(Schema.Steps[^1].Version, version);
        Assert.Equal(0, await ScalarAsync(database, "SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'findings' AND indexdef LIKE '%gin_trgm_ops%'"));
        Assert.Equal(1, (await store.Findings.ListAsync(new FindingQuery(Search: "login-en"), CancellationToken.None)).Total);
    }

    private static FindingReport Report(Organisation organisation, string name) =>
        new(organisation.Id, name, "en-marche.fr", ["combosquat"], 80, "explained", SourceKind.Ct, "log#1", StoreFixture.Start);

    private static async Task<long> ScalarAsync(VigieDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.Command(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
