namespace Vigie.Core.Matching;

/// <summary>
/// A polynomial hash over label characters (mod 2^64) whose prefix sums give the hash of the label with one or
/// two characters deleted in O(1). This is what keeps the symmetric deletion neighbourhood (Garbe, "SymSpell";
/// Bocek et al., "Fast similarity search in large dictionaries", 2007) cheap per name: no deletion string is built.
/// A collision only costs a verification, never a missed match, since every hit is checked by the edit distance.
/// </summary>
internal ref struct LabelHash
{
    public const int MaxLength = 48;
    private const ulong Base = 0x100000001B3UL;
    private static readonly ulong[] Powers = BuildPowers();

    private readonly ReadOnlySpan<char> _text;
    private readonly Span<ulong> _prefix;

    /// <summary>Prepares the prefix sums; <paramref name="prefix"/> needs text.Length + 1 slots.</summary>
    public LabelHash(ReadOnlySpan<char> text, Span<ulong> prefix)
    {
        _text = text;
        _prefix = prefix;
        prefix[0] = 0;
        for (var i = 0; i < text.Length; i++)
        {
            prefix[i + 1] = (prefix[i] * Base) + text[i] + 1UL;
        }
    }

    public readonly ulong Whole => Finish(_prefix[_text.Length], _text.Length);

    /// <summary>The key of the text without the character at <paramref name="i"/>.</summary>
    public readonly ulong Without(int i)
    {
        var n = _text.Length;
        var raw = (_prefix[i] * Powers[n - 1 - i]) + Range(i + 1, n);
        return Finish(raw, n - 1);
    }

    /// <summary>The key of the text without the characters at <paramref name="i"/> &lt; <paramref name="j"/>.</summary>
    public readonly ulong Without(int i, int j)
    {
        var n = _text.Length;
        var raw = (_prefix[i] * Powers[n - 2 - i]) + (Range(i + 1, j) * Powers[n - 1 - j]) + Range(j + 1, n);
        return Finish(raw, n - 2);
    }

    /// <summary>The key of the text without the characters at <paramref name="i"/> &lt; <paramref name="j"/> &lt; <paramref name="k"/>.</summary>
    public readonly ulong Without(int i, int j, int k)
    {
        var n = _text.Length;
        var raw = (_prefix[i] * Powers[n - 3 - i]) + (Range(i + 1, j) * Powers[n - 2 - j]) + (Range(j + 1, k) * Powers[n - 1 - k]) + Range(k + 1, n);
        return Finish(raw, n - 3);
    }

    /// <summary>The key of a whole string, equal to <see cref="Whole"/> for the same characters.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = 0;
        foreach (var c in text)
        {
            h = (h * Base) + c + 1UL;
        }

        return Finish(h, text.Length);
    }

    private readonly ulong Range(int from, int to) => _prefix[to] - (_prefix[from] * Powers[to - from]);

    // One multiplication by the golden-ratio constant (Fibonacci hashing) spreads the high bits, which are the
    // ones the tables use; the length keeps "ab" and "\0ab" apart. Zero marks an empty slot, so it is avoided.
    private static ulong Finish(ulong raw, int length)
    {
        var z = (raw ^ ((ulong)length << 56)) * 0x9E3779B97F4A7C15UL;
        return z == 0 ? 1 : z;
    }

    private static ulong[] BuildPowers()
    {
        var powers = new ulong[MaxLength + 2];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * Base;
        }

        return powers;
    }
}
