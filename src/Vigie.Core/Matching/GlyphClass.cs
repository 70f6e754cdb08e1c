namespace Vigie.Core.Matching;

/// <summary>
/// A coarser fold than <see cref="AsciiFold"/>, applied to its output: the ASCII letters that dnstwist's homoglyph
/// table (dnstwist.py, Fuzzer.glyphs; the table `vigie permute` uses) offers for one another are taken as one
/// ('c' and 'e', 'b' and 'd', 'g' and 'q', 'm', 'n' and 'r', '3' and '8', '6' and '9'), and so are its two-letter
/// look-alikes ("dl" for 'd', "lb" for 'b', "lh" for 'h', "lk" and "lc" for 'k'; "ik" is "lk" once folded) read on
/// those classes. Runs are kept once, so "rr", "nn" and "rn" all read as 'm'. Two labels with the same class fold differ only by such swaps,
/// however many ("ricrosoftorlire" and "microsoftonline"): one exact lookup of their <see cref="Key"/> finds them, whatever their number.
/// </summary>
internal static class GlyphClass
{
    private static readonly char[] Singles = BuildSingles();

    /// <summary>How many classes a <see cref="TryHead"/> key covers.</summary>
    public const int HeadLength = 4;

    /// <summary>
    /// The <see cref="LabelHash"/> key of the class fold of an <see cref="AsciiFold"/> output, hashed as it is read:
    /// every label the matcher screens passes here, so no fold is written out.
    /// </summary>
    public static ulong Key(ReadOnlySpan<char> folded) => Hash(folded, int.MaxValue, out _);

    /// <summary>
    /// The key of the class fold's first <see cref="HeadLength"/> classes, false when the fold has fewer. Reading
    /// these few letters is enough to rule out most names (<see cref="MatcherIndex.GlyphHeads"/>), where the whole
    /// <see cref="Key"/> reads every letter.
    /// </summary>
    public static bool TryHead(ReadOnlySpan<char> folded, out ulong head)
    {
        head = Hash(folded, HeadLength, out var length);
        return length == HeadLength;
    }

    /// <summary>The key of the class fold's first <paramref name="most"/> classes (all when fewer); <paramref name="length"/> says how many.</summary>
    private static ulong Hash(ReadOnlySpan<char> folded, int most, out int length)
    {
        ulong raw = 0;
        var count = 0;
        var last = '\0';
        for (var i = 0; i < folded.Length; i++)
        {
            var c = Single(folded[i]);
            // Only 'e' and 'l' (after the single-letter classes) start a pair or are read past: only they look ahead.
            if (c is 'e' or 'l')
            {
                var next = i + 1 < folded.Length ? Single(folded[i + 1]) : '\0';
                // An 'l' beside a 'd' or 'b' is what "dl" for 'd' and "lb" for 'b' add: read past it, on either side.
                if (c == 'l' && (next == 'd' || last == 'd'))
                {
                    continue;
                }

                var pair = Pair(c, next);
                if (pair != '\0')
                {
                    c = pair;
                    i++;
                }
            }

            if (c != last)
            {
                raw = LabelHash.Append(raw, c);
                last = c;
                if (++count == most)
                {
                    break;
                }
            }
        }

        // Counted in a local, not in the out parameter, so that the loop keeps it in a register.
        length = count;
        return LabelHash.Finish(raw, count);
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
