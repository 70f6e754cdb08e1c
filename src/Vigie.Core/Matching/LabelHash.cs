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
    private const ulong Mix = 0x9E3779B97F4A7C15UL;
    private static readonly ulong[] Powers = BuildPowers();
    private static readonly ulong[] MixedPowers = [.. Powers.Select(p => p * Mix)];

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

    /// <summary>
    /// The whole deletion neighbourhood of <paramref name="text"/> as sums, returning the text's own key: single[i] plus
    /// <see cref="Salt"/>(n − 1) is the key of the text without character i, and pair[i] + single[j] the key without
    /// characters i &lt; j. With d_i = P[i] − P[i+1], H(s − i) = d_i·B^(n−1−i) + P[n] and H(s − i − j) = d_i·B^(n−2−i) + H(s − j),
    /// and a key is linear in its raw hash, so a probe costs one addition. Both spans need text.Length slots.
    /// </summary>
    public static ulong Neighbourhood(ReadOnlySpan<char> text, Span<ulong> single, Span<ulong> pair)
    {
        var n = text.Length;
        ulong whole = 0;
        for (var i = 0; i < n; i++)
        {
            var next = (whole * Base) + text[i] + 1UL;
            single[i] = whole - next;
            whole = next;
        }

        var pairSalt = Salt(n - 2);
        var wholeMixed = whole * Mix;
        for (var i = 0; i < n; i++)
        {
            var d = single[i];
            pair[i] = i + 1 < n ? (d * MixedPowers[n - 2 - i]) + pairSalt : 0;
            single[i] = (d * MixedPowers[n - 1 - i]) + wholeMixed;
        }

        return Finish(whole, n);
    }

    /// <summary>
    /// The keys of every prefix and every suffix of the text: prefixes[a] is the key of its first a characters and
    /// suffixes[b] of its last b. Both spans need text.Length + 1 slots; the text at most <see cref="MaxLength"/>.
    /// </summary>
    public static void Ends(ReadOnlySpan<char> text, Span<ulong> prefixes, Span<ulong> suffixes)
    {
        var n = text.Length;
        prefixes[0] = 0;
        for (var i = 0; i < n; i++)
        {
            prefixes[i + 1] = (prefixes[i] * Base) + text[i] + 1UL;
        }

        for (var b = 0; b <= n; b++)
        {
            suffixes[b] = Finish(prefixes[n] - (prefixes[n - b] * Powers[b]), b);
        }

        for (var a = 0; a <= n; a++)
        {
            prefixes[a] = Finish(prefixes[a], a);
        }
    }

    /// <summary>What the length adds to a key (see <see cref="Finish"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Salt(int length) => ((ulong)length << 56) * Mix;

    /// <summary>The key of a whole string, equal to <see cref="Whole"/> for the same characters.</summary>
    public static ulong Of(ReadOnlySpan<char> text) => Finish(Raw(text), text.Length);

    /// <summary>The raw hash of a string, before <see cref="Finish"/>: what <see cref="Append"/> goes on from.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Raw(ReadOnlySpan<char> text)
    {
        ulong raw = 0;
        foreach (var c in text)
        {
            raw = Append(raw, c);
        }

        return raw;
    }

    /// <summary>The raw hash of a string with <paramref name="c"/> appended; <see cref="Finish"/> makes it a key.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Append(ulong raw, char c) => (raw * Base) + c + 1UL;

    private readonly ulong Range(int from, int to) => _prefix[to] - (_prefix[from] * Powers[to - from]);

    // One multiplication by the golden-ratio constant (Fibonacci hashing) spreads the high bits, which are the
    // ones the tables use; the length keeps "ab" and "\0ab" apart. It is added after the multiplication, not mixed
    // into the raw hash, so that a key stays linear in its raw hash: see Neighbourhood.
    public static ulong Finish(ulong raw, int length) => (raw * Mix) + Salt(length);

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
