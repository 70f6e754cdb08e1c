namespace Vigie.Core.Permutations.Generators;

/// <summary>A hyphen between two characters of the label (dnstwist.py, Fuzzer._hyphenation).</summary>
internal sealed class HyphenationGenerator : LabelGenerator
{
    public override string Technique => Techniques.Hyphenation;

    public override IEnumerable<string> Variants(string label)
    {
        for (var i = 1; i < label.Length; i++)
        {
            yield return string.Concat(label.AsSpan(0, i), "-", label.AsSpan(i));
        }
    }
}
