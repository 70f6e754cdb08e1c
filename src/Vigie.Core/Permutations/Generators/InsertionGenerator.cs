namespace Vigie.Core.Permutations.Generators;

/// <summary>
/// A neighbouring key typed before or after a character, on QWERTY, QWERTZ or AZERTY. Like dnstwist
/// (dnstwist.py, Fuzzer._insertion) the first and last characters are left alone.
/// </summary>
internal sealed class InsertionGenerator : LabelGenerator
{
    public override string Technique => Techniques.Insertion;

    public override IEnumerable<string> Variants(string label)
    {
        for (var i = 1; i < label.Length - 1; i++)
        {
            foreach (var key in Keyboards.NeighboursOf(label[i]))
            {
                yield return string.Concat(label.AsSpan(0, i), [key], label.AsSpan(i));
                yield return string.Concat(label.AsSpan(0, i + 1), [key], label.AsSpan(i + 1));
            }
        }
    }
}
