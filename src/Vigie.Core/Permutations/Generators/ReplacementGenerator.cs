namespace Vigie.Core.Permutations.Generators;

/// <summary>One character replaced by a neighbouring key on QWERTY, QWERTZ or AZERTY (dnstwist.py, Fuzzer._replacement).</summary>
internal sealed class ReplacementGenerator : LabelGenerator
{
    public override string Technique => Techniques.Replacement;

    public override IEnumerable<string> Variants(string label)
    {
        for (var i = 0; i < label.Length; i++)
        {
            foreach (var key in Keyboards.NeighboursOf(label[i]))
            {
                yield return string.Concat(label.AsSpan(0, i), [key], label.AsSpan(i + 1));
            }
        }
    }
}
