namespace Vigie.Core.Matching;

/// <summary>
/// A coarser fold than <see cref="AsciiFold"/>, applied to its output: the ASCII letters that dnstwist's homoglyph
/// table (dnstwist.py, Fuzzer.glyphs; the table `vigie permute` uses) offers for one another are taken as one
/// ('c' and 'e', 'b' and 'd', 'g' and 'q', 'm', 'n' and 'r', '3' and '8', '6' and '9'), and so are its two-letter
/// look-alikes ("dl" for 'd', "lb" for 'b', "lh" for 'h', "lk" and "lc" for 'k'; "ik" is "lk" once folded) read on
/// those classes. Runs are kept once, so "rr", "nn" and "rn" all read as 'm'. Two labels with the same class fold differ only by such swaps,
/// however many ("ricrosoftorlire" and "microsoftonline"): one exact lookup finds them, whatever their number.
/// </summary>
internal static class GlyphClass
{
    private static readonly char[] Singles = BuildSingles();

    /// <summary>Writes the class fold of an <see cref="AsciiFold"/> output into <paramref name="output"/> (as long); returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> folded, Span<char> output)
    {
        var n = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = Single(folded[i]);
            var next = i + 1 < folded.Length ? Single(folded[i + 1]) : '\0';
            // An 'l' beside a 'd' or 'b' is what "dl" for 'd' and "lb" for 'b' add: read past it, on either side.
            if (c == 'l' && (next == 'd' || (n > 0 && output[n - 1] == 'd')))
            {
                continue;
            }

            var pair = Pair(c, next);
            if (pair != '\0')
            {
                c = pair;
                i++;
            }

            if (n == 0 || output[n - 1] != c)
            {
                output[n++] = c;
            }
        }

        return n;
    }

    public static string Fold(string folded)
    {
        Span<char> buffer = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        return new string(buffer[..Fold(folded, buffer)]);
    }

    private static char Single(char c) => c < Singles.Length ? Singles[c] : c;

    // On classes, not letters, so that a swap inside a pair reads the same: "lc" for 'k' is also "le", and "cl" for
    // 'd' (already 'd' from AsciiFold) also "el".
    private static char Pair(char first, char second) => (first, second) switch
    {
        ('e', 'l') => 'd',
        ('l', 'h') => 'h',
        ('l', 'k') or ('l', 'e') => 'k',
        _ => '\0',
    };

    private static char[] BuildSingles()
    {
        var singles = new char[128];
        for (var c = 0; c < singles.Length; c++)
        {
            singles[c] = (char)c;
        }

        singles['c'] = 'e';
        singles['b'] = 'd';
        singles['q'] = 'g';
        singles['m'] = 'n';
        singles['r'] = 'n';
        singles['3'] = '8';
        singles['6'] = '9';
        return singles;
    }
}
