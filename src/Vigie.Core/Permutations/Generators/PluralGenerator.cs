namespace Vigie.Core.Permutations.Generators;

/// <summary>
/// An "s" (or "es" after s, x, z) added after a character, as the upstream dnstwist plural fuzzer does
/// (dnstwist Fuzzer._plural, added after the Debian 20221213 release): from the third character to the
/// third from last.
/// </summary>
internal sealed class PluralGenerator : LabelGenerator
{
    public override string Technique => Techniques.Plural;

    public override IEnumerable<string> Variants(string label)
    {
        for (var i = 2; i < label.Length - 2; i++)
        {
            var plural = label[i] is 's' or 'x' or 'z' ? "es" : "s";
            yield return string.Concat(label.AsSpan(0, i + 1), plural, label.AsSpan(i + 1));
        }
    }
}
