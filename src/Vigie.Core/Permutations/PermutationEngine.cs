using Vigie.Core.Domains;

namespace Vigie.Core.Permutations;

/// <summary>
/// Runs the selected techniques on a domain and streams every distinct registrable-looking name once, never
/// the domain itself. A name two techniques produce is credited to the first in <see cref="Techniques.All"/>
/// order, as in dnstwist, whose set keeps the first insertion (dnstwist.py, Fuzzer.generate).
/// </summary>
internal sealed class PermutationEngine
{
    // A run with every technique sees 2,500 to 5,500 names (Unicode and ASCII forms) for a short .com or .fr name:
    // starting there skips the ten smaller arrays a set grows through (doubling from 3), every page of which is new
    // memory to a short-lived `vigie permute` (bench/README.md, "startup", session 8).
    private const int SeenCapacity = 2500;

    /// <summary>Throws <see cref="ArgumentException"/> for a technique name not in <see cref="Techniques.All"/>.</summary>
    public IEnumerable<Permutation> Generate(DomainName domain, PermutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(options);
        var generators = GeneratorCatalog.Create(options);
        return Run(domain, generators);
    }

    private static IEnumerable<Permutation> Run(DomainName domain, IReadOnlyList<IPermutationGenerator> generators)
    {
        var target = PermutationTarget.From(domain);
        var seen = new HashSet<string>(SeenCapacity, StringComparer.Ordinal) { domain.Ascii, domain.Unicode };
        string[] ownLabels = target.Subdomain.Length == 0 ? [] : target.Subdomain.Split('.');
        foreach (var generator in generators)
        {
            string[]? techniques = null;
            foreach (var candidate in generator.Generate(target))
            {
                if (!seen.Add(candidate) || !NameValidator.TryNormalize(candidate, out var ascii, ownLabels))
                {
                    continue;
                }

                if (!ReferenceEquals(ascii, candidate) && !seen.Add(ascii))
                {
                    continue;
                }

                techniques ??= generator.Technique.Split('+');
                yield return new Permutation(ascii, candidate, techniques);
            }
        }
    }
}
