using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Findings;

/// <summary>
/// The list's search: the trigram index of schema step 17 for three characters or more, the scan below, and the
/// same answer as a substring test of either spelling whichever way it is found.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FindingFilterTests(PostgresServer postgres)
{
    private static readonly string[] Names =
    [
        "login-en-marche.fr", "secure-login-en-marche.com", "en-marche-login.fr", "xn--en-march-i1a.fr", "en_marche%.fr",
        "en\\marche.fr", "vote\"en-marche.fr", "ma*rche-or-en.fr", "onedrive-en-marche-4.fr", "ngo.org",
        "che-mar-en-in-log.fr", // every trigram SQLite asks its index for "login-en-marche", but not that text
    ];

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ListAsync_SearchInTheMiddleOfNames_EveryNameContainingIt(string kind)
    {
        await using var fixture = await FilledAsync(kind);

        var page = await SearchAsync(fixture, "GIN-EN-M");

        Assert.Equal(["login-en-marche.fr", "secure-login-en-marche.com"], page.Items.Select(f => f.Name));
        Assert.Equal(2, page.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ListAsync_SearchOnUnicodeSpelling_FindsTheIdnName(string kind)
    {
        await using var fixture = await FilledAsync(kind);

        var page = await SearchAsync(fixture, "rché.f");

        Assert.Equal("xn--en-march-i1a.fr", Assert.Single(page.Items).Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ListAsync_SearchWithLikeWildcardsOrEscape_TakenLiterally(string kind)
    {
        await using var fixture = await FilledAsync(kind);

        Assert.Equal(["en_marche%.fr"], (await SearchAsync(fixture, "n_marche%")).Items.Select(f => f.Name));
        Assert.Equal(["en_marche%.fr"], (await SearchAsync(fixture, "%")).Items.Select(f => f.Name));
        Assert.Equal(["en\\marche.fr"], (await SearchAsync(fixture, "n\\m")).Items.Select(f => f.Name));
        Assert.Equal(["en\\marche.fr"], (await SearchAsync(fixture, "\\")).Items.Select(f => f.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ListAsync_SearchOfOneOrTwoCharacters_FoundByScan(string kind)
    {
        await using var fixture = await FilledAsync(kind);

        Assert.Equal(["onedrive-en-marche-4.fr"], (await SearchAsync(fixture, "-4")).Items.Select(f => f.Name));
        Assert.Equal(["xn--en-march-i1a.fr"], (await SearchAsync(fixture, "é")).Items.Select(f => f.Name));
        Assert.Equal(["ngo.org"], (await SearchAsync(fixture, "o.")).Items.Select(f => f.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ListAsync_AnySearch_SameFindingsAsSubstringOfEitherSpelling(string kind)
    {
        await using var fixture = await FilledAsync(kind);
        var all = (await fixture.Store.Findings.ListAsync(new FindingQuery(PageSize: 100), CancellationToken.None)).Items;
        // Full-text syntax (quotes, *, OR, NEAR, parentheses) must stay text, as must LIKE's.
        string[] searches = ["en-marche", "login", "login-en-marche", "MARCHÉ", "marché.fr", "\"", "e\"en", "vote\"", "ma*", "*rche", "-or-", "OR", "NEAR(",
            "e(", "_", "__", "%.", "\\m", "zzz", "x", "xn--", ".fr", "ngo.org", "4.fr", "en-marche-4.fr.", " login "];

        foreach (var search in searches)
        {
            var text = search.Trim().ToLowerInvariant();
            var expected = all.Where(f => f.Name.Contains(text, StringComparison.Ordinal) || f.Unicode.Contains(text, StringComparison.Ordinal)).Select(f => f.Name);
            var page = await SearchAsync(fixture, search);
            var found = page.Items.Select(f => f.Name).Order(StringComparer.Ordinal);
            Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(found), $"search \"{search}\": {string.Join(", ", found)}");
            Assert.Equal(page.Items.Count, page.Total);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ListAsync_SearchThatMostFindingsMatch_SameTotalsAsTheFewMatched(string kind)
    {
        // Past 1,000 matches SQLite leaves the search to the scan (FindingSearch); both ways must count alike.
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        await fixture.Store.Findings.RecordAsync(Enumerable.Range(0, 1050).Select(i => Report(fixture, $"vote-en-marche-{i}.fr")).Append(Report(fixture, "ngo.org")).ToList(), CancellationToken.None);

        var most = await SearchAsync(fixture, "vote-en");
        var few = await SearchAsync(fixture, "marche-104");

        Assert.Equal(1050, most.Total);
        Assert.Equal(50, most.Items.Count);
        Assert.Equal(["vote-en-marche-104.fr", "vote-en-marche-1040.fr", "vote-en-marche-1041.fr", "vote-en-marche-1042.fr", "vote-en-marche-1043.fr", "vote-en-marche-1044.fr",
            "vote-en-marche-1045.fr", "vote-en-marche-1046.fr", "vote-en-marche-1047.fr", "vote-en-marche-1048.fr", "vote-en-marche-1049.fr"], few.Items.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ListAsync_FindingRenamedOrDeleted_FoundUnderItsNewNameOnly(string kind)
    {
        await using var fixture = await FilledAsync(kind);
        var login = (await fixture.Store.Findings.FindAsync(fixture.Organisation.Id, "login-en-marche.fr", CancellationToken.None))!.Id;
        var secure = (await fixture.Store.Findings.FindAsync(fixture.Organisation.Id, "secure-login-en-marche.com", CancellationToken.None))!.Id;

        await ExecuteAsync(fixture, "UPDATE findings SET name = 'adherer-en-marche.fr', unicode = 'adherer-en-marche.fr' WHERE id = @id", login);
        foreach (var table in new[] { "alert_events", "finding_sources" })
        {
            await ExecuteAsync(fixture, $"DELETE FROM {table} WHERE finding_id = @id", secure);
        }

        await ExecuteAsync(fixture, "DELETE FROM findings WHERE id = @id", secure);

        Assert.Equal(["en-marche-login.fr"], (await SearchAsync(fixture, "login")).Items.Select(f => f.Name));
        Assert.Equal([login], (await SearchAsync(fixture, "adherer")).Items.Select(f => f.Id));
        Assert.Equal(0, (await SearchAsync(fixture, "secure")).Total);
    }

    private async Task<StoreFixture> FilledAsync(string kind)
    {
        var fixture = await StoreFixture.OpenAsync(kind, postgres);
        await fixture.Store.Findings.RecordAsync(Names.Select(n => Report(fixture, n)).ToList(), CancellationToken.None);
        return fixture;
    }

    private static FindingReport Report(StoreFixture fixture, string name) =>
        new(fixture.Organisation.Id, name, "en-marche.fr", ["combosquat"], 80, "explained", SourceKind.Ct, "log#1", StoreFixture.Start);

    private static Task<FindingPage> SearchAsync(StoreFixture fixture, string search) =>
        fixture.Store.Findings.ListAsync(new FindingQuery(Search: search, Sort: FindingSort.Name, Descending: false), CancellationToken.None);

    private static async Task ExecuteAsync(StoreFixture fixture, string sql, long id)
    {
        await using var connection = await fixture.Database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.Command(sql).With("@id", id);
        await command.ExecuteNonQueryAsync();
    }
}
