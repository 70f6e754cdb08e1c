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
    /// <summary>Writes the folded text into <paramref name="output"/> (at least text.Length long); returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> output, bool collapseRuns = true)
    {
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            char folded;
            switch (c)
            {
                case '-':
                    continue;
                case '0':
                    folded = 'o';
                    break;
                case '1' or 'i':
                    folded = 'l';
                    break;
                case 'r' when next == 'n':
                    folded = 'm';
                    i++;
                    break;
                case 'v' when next == 'v':
                    folded = 'w';
                    i++;
                    break;
                case 'c' when next == 'l':
                    folded = 'd';
                    i++;
                    break;
                default:
                    folded = c;
                    break;
            }

            // A doubled letter reads as one at a glance ("myettherrwallett"): keep one of each run.
            if (!collapseRuns || n == 0 || output[n - 1] != folded)
            {
                output[n++] = folded;
            }
        }

        return n;
    }

    public static string Fold(string text, bool collapseRuns = true)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..Fold(text, buffer, collapseRuns)]);
    }
}
