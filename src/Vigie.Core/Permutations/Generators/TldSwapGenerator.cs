namespace Vigie.Core.Permutations.Generators;

/// <summary>The same label under another TLD (dnstwist.py, Fuzzer._tld, which only uses a --tld file; Vigie
/// falls back to its built-in common and abused TLD lists).</summary>
internal sealed class TldSwapGenerator(IReadOnlyList<string> tlds) : IPermutationGenerator
{
    public string Technique => Techniques.TldSwap;

    public IEnumerable<string> Generate(PermutationTarget target)
    {
        foreach (var tld in tlds)
        {
            if (tld != target.Suffix)
            {
                yield return target.Join(target.Label, tld);
            }
        }
    }
}
