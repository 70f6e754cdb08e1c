using BenchmarkDotNet.Attributes;
using Vigie.Core.Matching;
using Vigie.Core.Watchlists;

namespace Vigie.Benchmarks.Matching;

/// <summary>
/// Names screened per second on one core, names already in memory, with 1, 10, 100, 1,000 and 10,000 watched domains
/// (issue 3: at least 2,000,000 names/s with 1,000 assets, and a time per name that stays flat as assets grow).
/// One operation is one name; names/s = 1e9 / Mean(ns). bench/README.md ("match") has the figures.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class MatcherBenchmarks
{
    private const int NameCount = 200_000;
    private Matcher _matcher = null!;
    private string[] _names = null!;

    [Params(1, 10, 100, 1000, 10000)]
    public int Assets { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _names = SyntheticNames.Names(NameCount, seed: 42);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _matcher = Matcher.Build(WatchlistLoader.FromDomains(SyntheticNames.Watchlist(Assets)), MatcherOptions.Default);
        _matcher.TryMatch("warm-up.example", out _);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// matcher with {Assets} assets: index {(after - before) / 1024.0 / 1024.0:F1} MiB managed heap");
    }

    [Benchmark(OperationsPerInvoke = NameCount)]
    public int Screen()
    {
        var found = 0;
        foreach (var name in _names)
        {
            if (_matcher.TryMatch(name, out _))
            {
                found++;
            }
        }

        return found;
    }
}
