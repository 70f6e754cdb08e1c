using System.Globalization;
using BenchmarkDotNet.Attributes;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;

namespace Vigie.Benchmarks.Storage;

/// <summary>
/// The dashboard's findings list over 100,000 findings (two organisations, every source kind, scores 30–100, three
/// months of first-seen dates), on SQLite and on PostgreSQL: one page with its total, as the list and the API ask.
/// PostgreSQL comes from VIGIE_BENCH_POSTGRES (bench/findings/run.sh starts one). The database is filled once and
/// kept between runs (SQLite under the temp folder; the PostgreSQL database is the script's own).
/// </summary>
[MemoryDiagnoser]
public class FindingListBenchmarks
{
    private const int Count = 100_000;
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private VigieDatabase database = null!;
    private FindingsStore store = null!;
    private long organisation;

    [Params("sqlite", "postgres")]
    public string Database { get; set; } = "sqlite";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var location = Database == "sqlite"
            ? Path.Combine(Path.GetTempPath(), "vigie-bench-findings.db")
            : Environment.GetEnvironmentVariable("VIGIE_BENCH_POSTGRES") ?? throw new InvalidOperationException("set VIGIE_BENCH_POSTGRES (bench/findings/run.sh does)");
        database = VigieDatabase.Open(location);
        await Migrator.MigrateAsync(database, CancellationToken.None);
        store = new FindingsStore(database, TimeProvider.System);
        organisation = await OrganisationAsync("en-marche", "en-marche.fr");
        var other = await OrganisationAsync("ngo", "ngo.org");
        var existing = await store.Findings.ListAsync(new FindingQuery(PageSize: 1), CancellationToken.None);
        var random = new Random(11);
        for (var done = (int)existing.Total; done < Count; done += 5000)
        {
            var batch = Enumerable.Range(done, Math.Min(5000, Count - done)).Select(i => new FindingReport(
                i % 5 == 0 ? other : organisation,
                string.Create(CultureInfo.InvariantCulture, $"{Word(random)}-en-marche-{i}.{(i % 3 == 0 ? "com" : "fr")}"),
                "en-marche.fr", ["combosquat"], 30 + random.Next(71), "a service word beside the brand",
                (SourceKind)(i % 5), string.Create(CultureInfo.InvariantCulture, $"detail {i}"), Start.AddMinutes(random.Next(90 * 24 * 60)),
                random.Next(3) == 0)).ToList();
            await store.Findings.RecordAsync(batch, CancellationToken.None);
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await database.DisposeAsync();

    /// <summary>The list as it opens: everything, highest score first, page 1 of 50.</summary>
    [Benchmark]
    public async Task<long> FirstPageByScore() => (await store.Findings.ListAsync(new FindingQuery(), CancellationToken.None)).Total;

    /// <summary>One organisation, new or investigating, scores 70–90, reported by CT, newest first.</summary>
    [Benchmark]
    public async Task<long> Filtered() => (await store.Findings.ListAsync(new FindingQuery(OrganisationId: organisation, States: [TriageState.New, TriageState.Investigating],
        MinScore: 70, MaxScore: 90, Source: SourceKind.Ct, Sort: FindingSort.FirstSeen), CancellationToken.None)).Total;

    /// <summary>A search on part of the name, sorted by name.</summary>
    [Benchmark]
    public async Task<long> Search() => (await store.Findings.ListAsync(new FindingQuery(Search: "login-en-marche-4", Sort: FindingSort.Name, Descending: false), CancellationToken.None)).Total;

    /// <summary>First seen in one week, last seen first, page 20.</summary>
    [Benchmark]
    public async Task<long> DatesDeepPage() => (await store.Findings.ListAsync(new FindingQuery(FirstSeenFrom: Start.AddDays(30), FirstSeenTo: Start.AddDays(37),
        Sort: FindingSort.LastSeen, Page: 20), CancellationToken.None)).Total;

    private static string Word(Random random) => ServiceWords[random.Next(ServiceWords.Length)];

    private static readonly string[] ServiceWords = ["login", "mail", "secure", "account", "onedrive", "vote", "don", "adherer", "sso", "vpn"];

    private async Task<long> OrganisationAsync(string slug, string domain) =>
        (await store.Organisations.GetBySlugAsync(slug, CancellationToken.None)
            ?? await store.Organisations.CreateAsync(new OrganisationDraft(slug, slug, "UTC", $"domains:\n  - {domain}\n"), CancellationToken.None)).Id;
}
