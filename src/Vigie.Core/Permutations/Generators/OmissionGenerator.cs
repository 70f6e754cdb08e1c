namespace Vigie.Core.Permutations.Generators;

/// <summary>One character left out (dnstwist.py, Fuzzer._omission).</summary>
internal sealed class OmissionGenerator : LabelGenerator
{
    public override string Technique => Techniques.Omission;

    public override IEnumerable<string> Variants(string label)
    {
        for (var i = 0; i < label.Length; i++)
        {
            yield return string.Concat(label.AsSpan(0, i), label.AsSpan(i + 1));
        }
    }
}
