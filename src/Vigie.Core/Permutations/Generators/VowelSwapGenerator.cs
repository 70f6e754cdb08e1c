namespace Vigie.Core.Permutations.Generators;

/// <summary>One vowel replaced by another of a, e, i, o, u (dnstwist.py, Fuzzer._vowel_swap).</summary>
internal sealed class VowelSwapGenerator : LabelGenerator
{
    private const string Vowels = "aeiou";

    public override string Technique => Techniques.VowelSwap;

    public override IEnumerable<string> Variants(string label)
    {
        for (var i = 0; i < label.Length; i++)
        {
            if (!Vowels.Contains(label[i], StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var vowel in Vowels)
            {
                if (vowel != label[i])
                {
                    yield return string.Concat(label.AsSpan(0, i), [vowel], label.AsSpan(i + 1));
                }
            }
        }
    }
}
