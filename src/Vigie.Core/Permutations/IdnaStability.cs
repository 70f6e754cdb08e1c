using System.Text;
using Vigie.Core.Domains;

namespace Vigie.Core.Permutations;

/// <summary>
/// Whether UTS 46 leaves characters as they are (not mapped to others, not refused): a character IDNA maps ("ſ" to
/// "s", upper case to lower) or refuses can never appear in a registered name. Asked of ICU through a round trip
/// after an "x" (a label cannot start with a combining mark), and remembered per code point, since the homoglyph
/// table and the name validator ask about the same few hundred look-alikes.
/// </summary>
internal static class IdnaStability
{
    // A plain dictionary under a lock rather than a ConcurrentDictionary, whose node per entry and lock arrays were
    // 30 of the page faults of `vigie permute example.com` (900 look-alikes; bench/README.md, "startup", session 8).
    private static readonly Dictionary<int, bool> Stable = new(1024);
    private static readonly Lock Gate = new();

    internal const int MathematicalAlphanumericFirst = 0x1D400;
    internal const int MathematicalAlphanumericLast = 0x1D7FF;

    public static bool IsStable(int codePoint)
    {
        // Half of the look-alikes TR39 lists for letters and digits (428 of 900) are mathematical alphanumeric symbols
        // (U+1D400-U+1D7FF): each has a compatibility decomposition to a plain letter or digit, which UTS 46 maps, and
        // the block's reserved holes are refused; IdnaStabilityTests checks the whole block against ICU. Answered
        // here, they cost neither an ICU round trip nor its strings.
        if (codePoint is >= MathematicalAlphanumericFirst and <= MathematicalAlphanumericLast)
        {
            return false;
        }

        lock (Gate)
        {
            if (Stable.TryGetValue(codePoint, out var known))
            {
                return known;
            }
        }

        var stable = Probe(string.Create(1 + new Rune(codePoint).Utf16SequenceLength, codePoint, static (probe, c) =>
        {
            probe[0] = 'x';
            new Rune(c).EncodeToUtf16(probe[1..]);
        }));
        lock (Gate)
        {
            Stable[codePoint] = stable;
        }

        return stable;
    }

    /// <summary>The same question for a whole string, not remembered.</summary>
    public static bool IsStable(string text) => Probe("x" + text);

    private static bool Probe(string probe)
    {
        try
        {
            return Idn.ToUnicode(Idn.ToAscii(probe)) == probe;
        }
        catch (DomainNameException)
        {
            return false;
        }
    }
}
