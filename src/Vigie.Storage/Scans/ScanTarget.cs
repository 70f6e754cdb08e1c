using Vigie.Core.Domains;
using Vigie.Core.Permutations;

namespace Vigie.Storage.Scans;

/// <summary>One name to sweep and the permutation techniques that produced it (empty for names read from a file).</summary>
internal sealed record ScanTarget(string Name, IReadOnlyList<string> Techniques)
{
    /// <summary>Every permutation of <paramref name="domain"/> the engine makes with <paramref name="options"/>.</summary>
    public static List<ScanTarget> Permutations(DomainName domain, PermutationOptions options) =>
        [.. new PermutationEngine().Generate(domain, options).Select(p => new ScanTarget(p.Ascii, p.Techniques))];
}
