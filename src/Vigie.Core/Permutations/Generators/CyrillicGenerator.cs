namespace Vigie.Core.Permutations.Generators;

/// <summary>
/// The whole label written in Cyrillic look-alikes, only when every character has one (dnstwist.py,
/// Fuzzer._cyrillic, with its latin_to_cyrillic table; a hyphen or a digit therefore yields nothing).
/// </summary>
internal sealed class CyrillicGenerator : LabelGenerator
{
    // dnstwist.py 20221213, Fuzzer.latin_to_cyrillic.
    private const string Latin = "abcdeghijklmopqstvwxy";
    private const string Cyrillic = "аьсԁеԍһіјкӏморԛѕтѵԝху";

    public override string Technique => Techniques.Cyrillic;

    public override IEnumerable<string> Variants(string label)
    {
        var chars = new char[label.Length];
        for (var i = 0; i < label.Length; i++)
        {
            var at = Latin.IndexOf(label[i], StringComparison.Ordinal);
            if (at < 0)
            {
                return [];
            }

            chars[i] = Cyrillic[at];
        }

        return [new string(chars)];
    }
}
