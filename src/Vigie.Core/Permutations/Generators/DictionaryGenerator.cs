namespace Vigie.Core.Permutations.Generators;

/// <summary>
/// Dictionary words glued before or after the label, with and without a hyphen, and put in place of the first
/// or last part of a hyphenated label, as dnstwist does (dnstwist.py, Fuzzer._dictionary).
/// </summary>
internal sealed class DictionaryGenerator(IReadOnlyList<string> words) : LabelGenerator
{
    public override string Technique => Techniques.Dictionary;

    public override IEnumerable<string> Variants(string label)
    {
        foreach (var word in words)
        {
            // dnstwist skips a word the label both starts and ends with (e.g. the label itself).
            if (label.StartsWith(word, StringComparison.Ordinal) && label.EndsWith(word, StringComparison.Ordinal))
            {
                continue;
            }

            yield return label + "-" + word;
            yield return label + word;
            yield return word + "-" + label;
            yield return word + label;
        }

        var dash = label.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            yield break;
        }

        var lastDash = label.LastIndexOf('-');
        foreach (var word in words)
        {
            yield return string.Concat(label.AsSpan(0, lastDash), "-", word);
            yield return string.Concat(word, "-", label.AsSpan(dash + 1));
        }
    }
}
