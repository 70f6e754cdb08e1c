using System.Globalization;
using BenchmarkDotNet.Attributes;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;

namespace Vigie.Benchmarks.Storage;

/// <summary>
/// The dashboard's findings list over 100,000 findings (<see cref="FindingSeed"/>), on SQLite and on PostgreSQL: one
/// page with its total, as the list and the API ask. PostgreSQL comes from VIGIE_BENCH_POSTGRES (bench/findings/run.sh starts one). The database is filled once and
/// kept between runs (SQLite under the temp folder; the PostgreSQL database is the script's own).
/// </summary>
[MemoryDiagnoser]
public class FindingListBenchmarks
{
    private VigieDatabase database = null!;
    private FindingsStore store = null!;
    private long organisation;

    [Params("sqlite", "postgres")]
    public string Database { get; set; } = "sqlite";

    [GlobalSetup]
    public async Task SetupAsync() => (database, store, organisation) = await OpenAsync(Database);

    /// <summary>Fills the database up to 100,000 findings through the repository (bench/findings/run.sh does it before the run, outside its time limit).</summary>
    public static async Task<int> FillAsync(string kind)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (database, _, _) = await OpenAsync(kind);
        await database.DisposeAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: {FindingSeed.Count:N0} findings ready in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    private static async Task<(VigieDatabase, FindingsStore, long)> OpenAsync(string kind)
    {
        var location = kind == "sqlite"
            ? Path.Combine(Path.GetTempPath(), "vigie-bench-findings.db")
            : Environment.GetEnvironmentVariable("VIGIE_BENCH_POSTGRES") ?? throw new InvalidOperationException("set VIGIE_BENCH_POSTGRES (bench/findings/run.sh does)");
        var database = VigieDatabase.Open(location);
        await Migrator.MigrateAsync(database, CancellationToken.None);
        var store = new FindingsStore(database, TimeProvider.System);
        return (database, store, await FindingSeed.SeedAsync(store, CancellationToken.None));
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

    /// <summary>A search that every finding matches (the brand itself): the most a search by index can cost.</summary>
    [Benchmark]
    public async Task<long> SearchEveryFinding() => (await store.Findings.ListAsync(new FindingQuery(Search: "en-marche", Sort: FindingSort.Name, Descending: false), CancellationToken.None)).Total;

    /// <summary>First seen in one week, last seen first, page 20.</summary>
    [Benchmark]
    public async Task<long> DatesDeepPage() => (await store.Findings.ListAsync(new FindingQuery(FirstSeenFrom: FindingSeed.Start.AddDays(30), FirstSeenTo: FindingSeed.Start.AddDays(37),
        Sort: FindingSort.LastSeen, Page: 20), CancellationToken.None)).Total;
}
