namespace Vigie.Core.Permutations.Generators;

/// <summary>One letter or digit appended to the label (dnstwist.py 20221213, Fuzzer._addition).</summary>
internal sealed class AdditionGenerator : LabelGenerator
{
    public override string Technique => Techniques.Addition;

    public override IEnumerable<string> Variants(string label)
    {
        for (var c = '0'; c <= '9'; c++)
        {
            yield return label + c;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            yield return label + c;
        }
    }
}
