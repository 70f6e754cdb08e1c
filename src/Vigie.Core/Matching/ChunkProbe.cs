using System.Runtime.CompilerServices;

namespace Vigie.Core.Matching;

/// <summary>
/// "myether·eum·wallet": a chunk of two to four characters slipped into a long watched label, with at most one more
/// slip on top. That is beyond the typo bound, yet real phishing names do it often: the metamask deny list has dozens
/// of "myethereumwallet" spellings. One side of the chunk is then a whole prefix or suffix of the watched label, so
/// every prefix and suffix of the name label is looked up by its hash (at most 2 × 48 lookups, asked four at a time,
/// whatever the number of assets), and a candidate is confirmed by comparing the other side within one edit.
/// </summary>
internal static class ChunkProbe
{
    /// <summary>Shortest watched label probed this way: in shorter ones a chunk changes too much of the name.</summary>
    public const int MinLabel = 10;

    /// <summary>Fewest characters of the watched label on either side of the chunk.</summary>
    public const int MinSide = 4;

    private const int MinChunk = 2;
    private const int MaxChunk = 4;

    /// <summary>Adds a typo hit for each long watched label that the registrable label is, but for a chunk and a slip.</summary>
    [SkipLocalsInit]
    public static void Probe(MatcherIndex index, scoped ReadOnlySpan<char> label, int start, ref HitBuffer hits)
    {
        // Hyphens are read through: "myethereum-wallet" is the same chunk.
        Unsafe.SkipInit(out LabelRoom room);
        Span<char> buffer = room[..Math.Min(label.Length, LabelHash.MaxLength + 1)];
        var n = 0;
        foreach (var c in label)
        {
            if (c != '-' && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }

        if (n < MinLabel + MinChunk - 1 || n > LabelHash.MaxLength || n > index.LongestLabel + MaxChunk + 1)
        {
            return;
        }

        // Either side keeps at least its first (or last) four characters: when no long label starts (or ends) as the
        // name does, that side needs no more lookups. Most names stop here.
        var text = buffer[..n];
        var head = index.Prefixes.Filter.MayContain(LabelHash.Of(text[..MinSide]));
        var tail = index.Suffixes.Filter.MayContain(LabelHash.Of(text[^MinSide..]));
        if (!head && !tail)
        {
            return;
        }

        Unsafe.SkipInit(out HashRoom prefixRoom);
        Unsafe.SkipInit(out HashRoom suffixRoom);
        Span<ulong> prefixes = prefixRoom[..(n + 1 + KeyFilter.Padding)];
        Span<ulong> suffixes = suffixRoom[..(n + 1 + KeyFilter.Padding)];
        LabelHash.Ends(text, prefixes, suffixes);
        var end = start + label.Length;
        var sides = prefixes[MinSide..];
        for (var passes = head ? index.Prefixes.Filter.MayContainSums(0, sides, n - (2 * MinSide) + 1) : 0; passes != 0; passes &= passes - 1)
        {
            var cut = MinSide + System.Numerics.BitOperations.TrailingZeroCount(passes);
            for (var p = index.Prefixes.Find(prefixes[cut]); p >= 0; p = index.Prefixes.Next(p))
            {
                var (key, at) = Split(index.Prefixes.Value(p));
                var watched = index.Keys[key].Text;
                if (at == cut && text[..cut].SequenceEqual(watched.AsSpan(0, cut)))
                {
                    Confirm(key, text[cut..], watched.AsSpan(cut), fromEnd: true, start, end, ref hits);
                }
            }
        }

        sides = suffixes[MinSide..];
        for (var passes = tail ? index.Suffixes.Filter.MayContainSums(0, sides, n - (2 * MinSide) + 1) : 0; passes != 0; passes &= passes - 1)
        {
            var length = MinSide + System.Numerics.BitOperations.TrailingZeroCount(passes);
            for (var p = index.Suffixes.Find(suffixes[length]); p >= 0; p = index.Suffixes.Next(p))
            {
                var (key, at) = Split(index.Suffixes.Value(p));
                var watched = index.Keys[key].Text;
                if (watched.Length - at == length && text[(n - length)..].SequenceEqual(watched.AsSpan(at)))
                {
                    Confirm(key, text[..(n - length)], watched.AsSpan(0, at), fromEnd: false, start, end, ref hits);
                }
            }
        }
    }

    /// <summary>
    /// The name's rest is a chunk and then (or, <paramref name="fromEnd"/> false, first) the watched label's other
    /// side within one edit.
    /// </summary>
    private static void Confirm(
        int key, scoped ReadOnlySpan<char> rest, ReadOnlySpan<char> side, bool fromEnd, int start, int end, ref HitBuffer hits)
    {
        for (var length = side.Length - 1; length <= side.Length + 1; length++)
        {
            var chunk = rest.Length - length;
            if (chunk is < MinChunk or > MaxChunk)
            {
                continue;
            }

            var kept = fromEnd ? rest[chunk..] : rest[..length];
            var slips = EditDistance.Bounded(kept, side, 1);
            if (slips <= 1)
            {
                hits.Add(new Hit(key, HitKind.LabelTypo, start, end, chunk + slips));
                return;
            }
        }
    }

    private static (int Key, int Cut) Split(int value) => (value >> 6, value & 63);
}
