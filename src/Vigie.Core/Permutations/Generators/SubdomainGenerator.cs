namespace Vigie.Core.Permutations.Generators;

/// <summary>
/// A dot inside the label, so that its start becomes a subdomain of a shorter registrable name ("pay.pal.com").
/// As in dnstwist (dnstwist.py, Fuzzer._subdomain) no dot goes next to a hyphen, first or last.
/// </summary>
internal sealed class SubdomainGenerator : LabelGenerator
{
    public override string Technique => Techniques.Subdomain;

    public override IEnumerable<string> Variants(string label)
    {
        for (var i = 1; i < label.Length - 1; i++)
        {
            if (label[i] is not ('-' or '.') && label[i - 1] is not ('-' or '.'))
            {
                yield return string.Concat(label.AsSpan(0, i), ".", label.AsSpan(i));
            }
        }
    }
}
