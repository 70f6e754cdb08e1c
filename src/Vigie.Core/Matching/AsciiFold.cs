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
    // Table-driven, because this runs on every label screened. What each ASCII character folds to on its own
    // ('\0': dropped), and for the first letter of a pair that reads as one, the second letter and the reading.
    private static readonly char[] Alone = BuildAlone();
    private static readonly char[] PairSecond = BuildPairs(out PairReading);
    private static readonly char[] PairReading;

    /// <summary>Writes the folded text into <paramref name="output"/> (at least text.Length long); returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> output, bool collapseRuns = true)
    {
        var n = 0;
        var previous = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var folded = c < Alone.Length ? Alone[c] : c;
            if (folded == '\0')
            {
                continue;
            }

            if (c < PairSecond.Length && PairSecond[c] != '\0' && i + 1 < text.Length && text[i + 1] == PairSecond[c])
            {
                folded = PairReading[c];
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

    private static char[] BuildAlone()
    {
        var map = new char[128];
        for (var c = 0; c < map.Length; c++)
        {
            map[c] = (char)c;
        }

        map['-'] = '\0';
        map['0'] = 'o';
        map['1'] = 'l';
        map['i'] = 'l';
        return map;
    }

    private static char[] BuildPairs(out char[] reading)
    {
        var second = new char[128];
        reading = new char[128];
        (second['r'], reading['r']) = ('n', 'm');
        (second['v'], reading['v']) = ('v', 'w');
        (second['c'], reading['c']) = ('l', 'd');
        return second;
    }
}
