namespace Vigie.Core.Matching;

/// <summary>
/// Folds ASCII look-alikes that survive a Unicode skeleton because both sides are ASCII: the digit-for-letter
/// swaps of TR39's confusables.txt ('0' for 'o', '1' for 'l'; 'i' and 'l' too, alike in many sans-serif fonts) and the letter pairs that render as one letter in
/// a browser's address bar ("rn" for "m", "vv" for "w", "cl" for "d"; dnstwist's homoglyph fuzzer uses the same).
/// Hyphens are dropped too, so that "meta-mask" and "metamask" share a skeleton (hyphenation), and runs of one
/// letter are kept once, so that doubled letters do not count as edits.
/// </summary>
internal static class AsciiFold
{
    // One table lookup a character, because this runs on every label screened. Per ASCII character: bits 0-15 what
    // it folds to on its own ('\0': dropped); for the first letter of a pair that reads as one, bits 16-23 the
    // second letter and bits 24-31 the reading.
    private static readonly uint[] Rules = BuildRules();

    /// <summary>Writes the folded text into <paramref name="output"/> (at least text.Length long); returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> output, bool collapseRuns = true) => Fold(text, output, out _, collapseRuns);

    /// <summary>
    /// As <see cref="Fold(ReadOnlySpan{char}, Span{char}, bool)"/>; <paramref name="pairs"/> tells whether two letters were read
    /// as one ("cl" as "d"), the one fold that can also hide a plain slip ("paypcl" is paypal with one letter replaced).
    /// </summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> output, out bool pairs, bool collapseRuns = true)
    {
        pairs = false;
        var n = 0;
        var previous = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var rule = c < 128 ? Rules[c] : c;
            var folded = (char)rule;
            if (folded == '\0')
            {
                continue;
            }

            if (rule > char.MaxValue && i + 1 < text.Length && text[i + 1] == (char)((rule >> 16) & 0xFF))
            {
                folded = (char)(rule >> 24);
                pairs = true;
                i++;
            }

            // A doubled letter reads as one at a glance ("myettherrwallett"): keep one of each run.
            if (!collapseRuns || folded != previous)
            {
                output[n++] = folded;
                previous = folded;
            }
        }

        return n;
    }

    public static string Fold(string text, bool collapseRuns = true)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..Fold(text, buffer, collapseRuns)]);
    }

    private static uint[] BuildRules()
    {
        var rules = new uint[128];
        for (var c = 0u; c < rules.Length; c++)
        {
            rules[c] = c;
        }

        rules['-'] = '\0';
        rules['0'] = 'o';
        rules['1'] = 'l';
        rules['i'] = 'l';
        rules['r'] |= ('n' << 16) | ('m' << 24);
        rules['v'] |= ('v' << 16) | ('w' << 24);
        rules['c'] |= ('l' << 16) | ('d' << 24);
        return rules;
    }
}
