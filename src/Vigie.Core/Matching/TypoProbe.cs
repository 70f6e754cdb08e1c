using System.Runtime.CompilerServices;

namespace Vigie.Core.Matching;

/// <summary>
/// Bounded Damerau–Levenshtein through the symmetric deletion neighbourhood: the text's deletions probed in a
/// watched-label deletion table, each candidate checked with <see cref="EditDistance.Bounded"/>.
/// </summary>
internal static class TypoProbe
{
    // Every sum is written before it is read (the filter's padding read past them is dropped, whatever it holds).
    [SkipLocalsInit]
    public static void Probe(MatcherIndex index, DeletionTable table, scoped ReadOnlySpan<char> text, int start, int end, HitKind kind, ref HitBuffer hits)
    {
        // A name label of length L reaches a watched label of length n only if |L - n| <= MaxEdits(n), and the
        // symmetric deletion scheme then needs at most MaxEdits(L) deletions on the name's side.
        var edits = TypoPolicy.MaxNameEdits(text.Length);
        if (edits == 0 || text.Length > index.LongestLabel + 3 || text.Length + 3 < index.ShortestLabel || text.Length > 63)
        {
            return;
        }

        // Only deletion depths whose resulting length some key of this table has are worth probing.
        var n = text.Length;
        var lengths = table.Lengths;
        var depth0 = (lengths & (1UL << n)) != 0;
        var depth1 = (lengths & (1UL << (n - 1))) != 0;
        var depth2 = edits >= 2 && (lengths & (1UL << (n - 2))) != 0;
        if (!depth0 && !depth1 && !depth2)
        {
            return;
        }

        // Deletions past the first four characters keep them in front, those before the last four keep these at the
        // end: where no key of the length starts (ends) so, they need no probe. Only rows of deletions near both
        // ends are then left (DeletionTable).
        var ends = n > DeletionTable.EndLength;
        var head = ends ? LabelHash.Raw(text[..DeletionTable.EndLength]) : 0;
        var tail = ends ? LabelHash.Raw(text[^DeletionTable.EndLength..]) : 0;
        Unsafe.SkipInit(out HashRoom singleRoom);
        Unsafe.SkipInit(out HashRoom pairRoom);
        Span<ulong> single = singleRoom[..(n + KeyFilter.Padding)];
        Span<ulong> pair = pairRoom[..n];
        var whole = LabelHash.Neighbourhood(text, single, pair);
        Unsafe.SkipInit(out TriedKeys triedRoom);
        Span<int> tried = triedRoom;
        var triedCount = 0;
        var filter = table.Keys.Filter;
        if (depth0 && filter.MayContain(whole))
        {
            TryDeletion(index, table, text, start, end, kind, whole, tried, ref triedCount, ref hits);
        }

        // The filter is asked for a row of keys at once; the table only where it says a key may be there (one in 200).
        if (depth1)
        {
            // Deleting i leaves the head when i >= 4 and the tail when i < n - 4.
            var from = !ends || table.MayEndWith(tail, n - 1) ? 0 : n - DeletionTable.EndLength;
            var to = !ends || table.MayStartWith(head, n - 1) ? n : DeletionTable.EndLength;
            var salt = LabelHash.Salt(n - 1);
            var row = single[from..];
            for (var passes = from < to ? filter.MayContainSums(salt, row, to - from) : 0; passes != 0; passes &= passes - 1)
            {
                var key = salt + row[System.Numerics.BitOperations.TrailingZeroCount(passes)];
                TryDeletion(index, table, text, start, end, kind, key, tried, ref triedCount, ref hits);
            }
        }

        if (depth2)
        {
            // Deleting i < j leaves the head when i >= 4 and the tail when j < n - 4.
            var rows = !ends || table.MayStartWith(head, n - 2) ? n - 1 : Math.Min(n - 1, DeletionTable.EndLength);
            var columns = !ends || table.MayEndWith(tail, n - 2) ? 0 : n - DeletionTable.EndLength;
            for (var i = 0; i < rows; i++)
            {
                var from = Math.Max(i + 1, columns);
                var rest = single[from..];
                for (var passes = filter.MayContainSums(pair[i], rest, n - from); passes != 0; passes &= passes - 1)
                {
                    var key = pair[i] + rest[System.Numerics.BitOperations.TrailingZeroCount(passes)];
                    TryDeletion(index, table, text, start, end, kind, key, tried, ref triedCount, ref hits);
                }
            }
        }
    }

    private static void TryDeletion(
        MatcherIndex index, DeletionTable table, scoped ReadOnlySpan<char> text, int start, int end, HitKind kind, ulong key, scoped Span<int> tried, ref int triedCount, ref HitBuffer hits)
    {
        var keys = table.Keys;
        for (var p = keys.Find(key); p >= 0; p = keys.Next(p))
        {
            var k = keys.Value(p);
            if (tried[..triedCount].Contains(k))
            {
                continue;
            }

            if (triedCount < tried.Length)
            {
                tried[triedCount++] = k;
            }

            var watched = table.Folded ? index.Keys[k].Folded : index.Keys[k].Text;
            var max = TypoPolicy.MaxEdits(watched.Length);
            var distance = EditDistance.Bounded(text, watched, max);
            if (distance >= 1 && distance <= max && !SameButHyphens(text, watched))
            {
                hits.Add(new Hit(k, kind, start, end, distance));
            }
        }
    }

    /// <summary>Hyphens moved, added or removed and nothing else: hyphenation, which the skeleton probe reports.</summary>
    private static bool SameButHyphens(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && a[i] == '-')
            {
                i++;
            }

            while (j < b.Length && b[j] == '-')
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i++] != b[j++])
            {
                return false;
            }
        }
    }
}
