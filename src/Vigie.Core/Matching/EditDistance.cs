namespace Vigie.Core.Matching;

/// <summary>
/// Damerau–Levenshtein distance in its "optimal string alignment" form (adjacent transpositions count one,
/// no substring edited twice), which is what a typing slip produces; bounded so that far-apart labels stop early.
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance, or <paramref name="max"/> + 1 when it is larger than <paramref name="max"/>.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var cols = b.Length + 1;
        Span<int> table = (a.Length + 1) * cols <= 4096 ? stackalloc int[(a.Length + 1) * cols] : new int[(a.Length + 1) * cols];
        Fill(a, b, table);
        var d = table[^1];
        return d > max ? max + 1 : d;
    }

    /// <summary>The edits turning <paramref name="from"/> into <paramref name="to"/>, in label order.</summary>
    public static IReadOnlyList<Edit> Edits(string from, string to)
    {
        var cols = to.Length + 1;
        var table = new int[(from.Length + 1) * cols];
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
