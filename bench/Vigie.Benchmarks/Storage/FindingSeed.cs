using System.Globalization;
using Vigie.Benchmarks.Matching;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;

namespace Vigie.Benchmarks.Storage;

/// <summary>
/// 100,000 findings (two organisations, every source kind, scores 30–100, three months of first-seen dates), shared
/// by the findings list benchmark and bench/serve/run.sh (`-- seed-findings DB [WATCHED_DOMAINS]`). Seeding is
/// resumable: a database that already holds some findings only gets the rest.
/// </summary>
internal static class FindingSeed
{
    public const int Count = 100_000;
    public static readonly DateTimeOffset Start = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] ServiceWords = ["login", "mail", "secure", "account", "onedrive", "vote", "don", "adherer", "sso", "vpn"];

    /// <summary>Fills the store and returns the id of the "en-marche" organisation.</summary>
    public static async Task<long> SeedAsync(FindingsStore store, CancellationToken cancellationToken)
    {
        var organisation = await OrganisationAsync(store, "en-marche", "domains:\n  - en-marche.fr\n", cancellationToken);
        var other = await OrganisationAsync(store, "ngo", "domains:\n  - ngo.org\n", cancellationToken);
        var existing = await store.Findings.ListAsync(new FindingQuery(PageSize: 1), cancellationToken);
        var random = new Random(11);
        for (var done = (int)existing.Total; done < Count; done += 5000)
        {
            var batch = Enumerable.Range(done, Math.Min(5000, Count - done)).Select(i => new FindingReport(
                i % 5 == 0 ? other : organisation,
                string.Create(CultureInfo.InvariantCulture, $"{ServiceWords[random.Next(ServiceWords.Length)]}-en-marche-{i}.{(i % 3 == 0 ? "com" : "fr")}"),
                "en-marche.fr", ["combosquat"], 30 + random.Next(71), "a service word beside the brand",
                (SourceKind)(i % 5), string.Create(CultureInfo.InvariantCulture, $"detail {i}"), Start.AddMinutes(random.Next(90 * 24 * 60)),
                random.Next(3) == 0)).ToList();
            await store.Findings.RecordAsync(batch, cancellationToken);
        }

        return organisation;
    }

    /// <summary>
    /// `seed-findings DB [WATCHED_DOMAINS]`: migrates DB (SQLite path or PostgreSQL connection string), seeds it and,
    /// with WATCHED_DOMAINS, adds an organisation "watched" whose watchlist holds that many brand-like domains.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length is < 1 or > 2)
        {
            await Console.Error.WriteLineAsync("usage: seed-findings DB [WATCHED_DOMAINS]");
            return 2;
        }

        await using var database = VigieDatabase.Open(args[0]);
        await Migrator.MigrateAsync(database, CancellationToken.None);
        var store = new FindingsStore(database, TimeProvider.System);
        await SeedAsync(store, CancellationToken.None);
        if (args.Length == 2)
        {
            var domains = SyntheticNames.Watchlist(int.Parse(args[1], CultureInfo.InvariantCulture));
            await OrganisationAsync(store, "watched", "domains:\n" + string.Concat(domains.Select(d => $"  - {d}\n")), CancellationToken.None);
        }

        var total = (await store.Findings.ListAsync(new FindingQuery(PageSize: 1), CancellationToken.None)).Total;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total} findings in {(args[0].Contains('=', StringComparison.Ordinal) ? "PostgreSQL" : args[0])}"));
        return 0;
    }

    private static async Task<long> OrganisationAsync(FindingsStore store, string slug, string watchlist, CancellationToken cancellationToken) =>
        (await store.Organisations.GetBySlugAsync(slug, cancellationToken)
            ?? await store.Organisations.CreateAsync(new OrganisationDraft(slug, slug, "UTC", watchlist), cancellationToken)).Id;
}
