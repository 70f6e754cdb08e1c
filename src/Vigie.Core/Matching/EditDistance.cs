namespace Vigie.Core.Matching;

/// <summary>
/// Damerau–Levenshtein distance in its "optimal string alignment" form (adjacent transpositions count one,
/// no substring edited twice), which is what a typing slip produces; bounded so that far-apart labels stop early.
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance, or <paramref name="max"/> + 1 when it is larger than <paramref name="max"/>.</summary>
    /// <remarks>
    /// Ukkonen's cut-off ("Algorithms for approximate string matching", 1985): only the diagonal band |i − j| ≤ max
    /// can hold a distance within the bound, and once a whole row exceeds it the answer is known. Three rolling rows,
    /// since a transposition looks two rows back. This runs on every candidate the deletion neighbourhood yields.
    /// </remarks>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var cols = b.Length + 1;
        var over = max + 1;
        Span<int> rows = cols <= 256 ? stackalloc int[cols * 3] : new int[cols * 3];
        var twoBack = rows[..cols];
        var previous = rows[cols..(2 * cols)];
        var current = rows[(2 * cols)..];
        for (var j = 0; j < cols; j++)
        {
            previous[j] = Math.Min(j, over);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            // Cells outside the band stay "over": no alignment through them is within the bound.
            current.Fill(over);
            current[0] = Math.Min(i, over);
            var rowMin = current[0];
            var last = Math.Min(b.Length, i + max);
            for (var j = Math.Max(1, i - max); j <= last; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, twoBack[j - 2] + 1);
                }

                current[j] = Math.Min(best, over);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return over;
            }

            var spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }

    /// <summary>The edits turning <paramref name="from"/> into <paramref name="to"/>, in label order.</summary>
    public static IReadOnlyList<Edit> Edits(string from, string to)
    {
        var cols = to.Length + 1;
        var size = (from.Length + 1) * cols;
        Span<int> table = size <= 4096 ? stackalloc int[size] : new int[size];
        Fill(from, to, table);
        var edits = new List<Edit>();
        int i = from.Length, j = to.Length;
        while (i > 0 || j > 0)
        {
            var here = table[(i * cols) + j];
            if (i > 0 && j > 0 && from[i - 1] == to[j - 1] && here == table[((i - 1) * cols) + j - 1])
            {
                i--;
                j--;
            }
            else if (i > 1 && j > 1 && from[i - 1] == to[j - 2] && from[i - 2] == to[j - 1] && here == table[((i - 2) * cols) + j - 2] + 1)
            {
                edits.Add(new Edit(EditKind.Transpose, i - 2, from[i - 2], from[i - 1]));
                i -= 2;
                j -= 2;
            }
            else if (i > 0 && j > 0 && here == table[((i - 1) * cols) + j - 1] + 1)
            {
                edits.Add(new Edit(EditKind.Replace, i - 1, from[i - 1], to[j - 1]));
                i--;
                j--;
            }
            else if (i > 0 && here == table[((i - 1) * cols) + j] + 1)
            {
                edits.Add(new Edit(EditKind.Delete, i - 1, from[i - 1], '\0'));
                i--;
            }
            else
            {
                edits.Add(new Edit(EditKind.Insert, i, '\0', to[j - 1]));
                j--;
            }
        }

        edits.Reverse();
        return edits;
    }

    private static void Fill(ReadOnlySpan<char> a, ReadOnlySpan<char> b, Span<int> table)
    {
        var cols = b.Length + 1;
        for (var j = 0; j <= b.Length; j++)
        {
            table[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            table[i * cols] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(table[((i - 1) * cols) + j] + 1, table[(i * cols) + j - 1] + 1), table[((i - 1) * cols) + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, table[((i - 2) * cols) + j - 2] + 1);
                }

                table[(i * cols) + j] = best;
            }
        }
    }
}
