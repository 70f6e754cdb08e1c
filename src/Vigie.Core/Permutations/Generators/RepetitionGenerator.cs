namespace Vigie.Core.Permutations.Generators;

/// <summary>One character typed twice (dnstwist.py, Fuzzer._repetition).</summary>
internal sealed class RepetitionGenerator : LabelGenerator
{
    public override string Technique => Techniques.Repetition;

    public override IEnumerable<string> Variants(string label)
    {
        for (var i = 0; i < label.Length; i++)
        {
            yield return string.Concat(label.AsSpan(0, i + 1), label.AsSpan(i));
        }
    }
}
