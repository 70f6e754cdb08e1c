namespace Vigie.Core.Permutations.Generators;

/// <summary>
/// One bit flipped in one character, kept when the result is still a letter, digit or hyphen: a memory error
/// sends the query to this name (Dinaburg, "Bitsquatting", Black Hat 2011; dnstwist.py, Fuzzer._bitsquatting).
/// </summary>
internal sealed class BitsquattingGenerator : LabelGenerator
{
    public override string Technique => Techniques.Bitsquatting;

    public override IEnumerable<string> Variants(string label)
    {
        for (var i = 0; i < label.Length; i++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var flipped = (char)(label[i] ^ (1 << bit));
                if (char.IsAsciiLetterLower(flipped) || char.IsAsciiDigit(flipped) || flipped == '-')
                {
                    yield return string.Concat(label.AsSpan(0, i), [flipped], label.AsSpan(i + 1));
                }
            }
        }
    }
}
