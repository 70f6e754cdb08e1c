namespace Vigie.Core.Permutations.Generators;

/// <summary>Two neighbouring characters swapped (dnstwist.py, Fuzzer._transposition).</summary>
internal sealed class TranspositionGenerator : LabelGenerator
{
    public override string Technique => Techniques.Transposition;

    public override IEnumerable<string> Variants(string label)
    {
        for (var i = 0; i < label.Length - 1; i++)
        {
            yield return string.Concat(label.AsSpan(0, i), [label[i + 1], label[i]], label.AsSpan(i + 2));
        }
    }
}
