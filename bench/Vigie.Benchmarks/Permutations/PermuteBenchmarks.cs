using BenchmarkDotNet.Attributes;
using Vigie.Core.Domains;
using Vigie.Core.Permutations;

namespace Vigie.Benchmarks.Permutations;

/// <summary>
/// In-process permutation rate: every default technique on the four domains of the dnstwist comparison
/// (bench/permute/compare-dnstwist.py). Permutations per second = the name count printed at setup / Mean.
/// Data files are loaded once in the setup, so this measures generation, validation and deduplication only.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class PermuteBenchmarks
{
    private readonly PermutationEngine _engine = new();
    private DomainName _domain = null!;

    [Params("en-marche.fr", "example.com", "paypal.com", "microsoftonline.com")]
    public string Domain { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _domain = DomainName.Parse(Domain);
        var count = Generate();
        Console.WriteLine($"// {Domain}: {count} permutations per operation");
    }

    [Benchmark]
    public int Generate()
    {
        var count = 0;
        foreach (var _ in _engine.Generate(_domain, PermutationOptions.Default))
        {
            count++;
        }

        return count;
    }
}
