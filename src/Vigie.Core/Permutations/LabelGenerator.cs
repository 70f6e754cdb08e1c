namespace Vigie.Core.Permutations;

/// <summary>
/// A technique that changes only the registrable label, as every dnstwist fuzzer except tld-swap and various does;
/// the stacked technique reuses <see cref="Variants"/> to put one typo of the brand beside a service word.
/// </summary>
internal abstract class LabelGenerator : IPermutationGenerator
{
    public abstract string Technique { get; }

    public abstract IEnumerable<string> Variants(string label);

    public virtual IEnumerable<string> Generate(PermutationTarget target)
    {
        foreach (var variant in Variants(target.Label))
        {
            yield return target.WithLabel(variant);
        }
    }
}
