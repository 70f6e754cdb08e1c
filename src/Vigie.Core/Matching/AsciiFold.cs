namespace Vigie.Core.Matching;

/// <summary>
/// Folds ASCII look-alikes that survive a Unicode skeleton because both sides are ASCII: the digit-for-letter
/// swaps of TR39's confusables.txt ('0' for 'o', '1' for 'l') and the letter pairs that render as one letter in
/// a browser's address bar ("rn" for "m", "vv" for "w", "cl" for "d"; dnstwist's homoglyph fuzzer uses the same).
/// Hyphens are dropped too, so that "meta-mask" and "metamask" share a skeleton (hyphenation).
/// </summary>
internal static class AsciiFold
{
    /// <summary>Writes the folded text into <paramref name="output"/> (at least text.Length long); returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> output)
    {
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (c)
            {
                case '-':
                    break;
                case '0':
                    output[n++] = 'o';
                    break;
                case '1':
                    output[n++] = 'l';
                    break;
                case 'r' when next == 'n':
                    output[n++] = 'm';
                    i++;
                    break;
                case 'v' when next == 'v':
                    output[n++] = 'w';
                    i++;
                    break;
                case 'c' when next == 'l':
                    output[n++] = 'd';
                    i++;
                    break;
                default:
                    output[n++] = c;
                    break;
            }
        }

        return n;
    }

    public static string Fold(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..Fold(text, buffer)]);
    }
}
