namespace Vigie.Core.Permutations.Generators;

/// <summary>
/// A word before one typo of the brand ("mail-en-marhce.fr"): two techniques in one name, as attackers stack
/// them to dodge exact-brand monitoring. One instance per (word source, typo technique), so every row names
/// both ("dot-to-hyphen+transposition"). Bounded on purpose: only the words given, only the hyphenated prefix
/// form, only single typos, so the output stays reviewable (words × typo variants).
/// </summary>
internal sealed class StackedGenerator(string wordTechnique, IReadOnlyList<string> words, LabelGenerator typo) : IPermutationGenerator
{
    public string Technique { get; } = wordTechnique + "+" + typo.Technique;

    // Each name is concatenated at once rather than as a label and then a name: every byte a short-lived
    // `vigie permute` allocates is memory it touches for the first time (bench/README.md, "startup", session 8).
    public IEnumerable<string> Generate(PermutationTarget target)
    {
        var before = target.BeforeLabel;
        var after = target.AfterLabel;
        foreach (var variant in typo.Variants(target.Label))
        {
            if (variant == target.Label)
            {
                continue;
            }

            foreach (var word in words)
            {
                yield return string.Concat(before, word.Replace('.', '-'), "-", variant, after);
            }
        }
    }
}
