namespace Vigie.Core.Matching;

/// <summary>
/// Aho–Corasick automaton (Aho and Corasick, CACM 18(6), 1975) compiled to a dense transition table over the
/// characters of an ASCII host name, so one pass over a name finds every watched pattern inside it, whatever the
/// number of patterns. Characters outside a–z, 0–9, '-', '.' send the automaton back to its root.
/// </summary>
internal sealed class AhoCorasick
{
    private const int Symbols = 38;
    private static readonly sbyte[] SymbolOf = BuildSymbols();

    private readonly int[] _next;
    private readonly int[] _outputStart;
    private readonly int[] _outputs;

    public AhoCorasick(IReadOnlyList<string> patterns)
    {
        var children = new List<int[]> { NewRow() };
        var outputs = new List<List<int>> { new() };
        for (var p = 0; p < patterns.Count; p++)
        {
            var state = 0;
            foreach (var c in patterns[p])
            {
                var s = Symbol(c);
                if (s < 0)
                {
                    throw new ArgumentException($"pattern '{patterns[p]}' has a character outside a-z 0-9 - .", nameof(patterns));
                }

                if (children[state][s] <= 0)
                {
                    children[state][s] = children.Count;
                    children.Add(NewRow());
                    outputs.Add([]);
                }

                state = children[state][s];
            }

            outputs[state].Add(p);
        }

        // Breadth-first: each state's failure link is complete before its children need it.
        var fail = new int[children.Count];
        var queue = new Queue<int>();
        for (var s = 0; s < Symbols; s++)
        {
            if (children[0][s] > 0)
            {
                queue.Enqueue(children[0][s]);
            }
            else
            {
                children[0][s] = 0;
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            outputs[state].AddRange(outputs[fail[state]]);
            for (var s = 0; s < Symbols; s++)
            {
                var child = children[state][s];
                if (child > 0)
                {
                    fail[child] = children[fail[state]][s];
                    queue.Enqueue(child);
                }
                else
                {
                    children[state][s] = children[fail[state]][s];
                }
            }
        }

        // Each transition holds the target's row offset, complemented when the target has outputs: one load per
        // character, and the output lists are looked at only where something ends.
        _next = new int[children.Count * Symbols];
        _outputStart = new int[children.Count + 1];
        var flat = new List<int>();
        for (var state = 0; state < children.Count; state++)
        {
            for (var s = 0; s < Symbols; s++)
            {
                var target = children[state][s];
                _next[(state * Symbols) + s] = outputs[target].Count > 0 ? ~(target * Symbols) : target * Symbols;
            }

            _outputStart[state] = flat.Count;
            flat.AddRange(outputs[state]);
        }

        _outputStart[children.Count] = flat.Count;
        _outputs = [.. flat];
    }

    /// <summary>Calls <paramref name="found"/> with (pattern, end position exclusive) for every occurrence.</summary>
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink found)
        where TSink : struct, IPatternSink, allows ref struct
    {
        var row = 0;
        var next = _next;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var s = c < 128 ? SymbolOf[c] : -1;
            if (s < 0)
            {
                row = 0;
                continue;
            }

            row = next[row + s];
            if (row < 0)
            {
                row = ~row;
                var state = row / Symbols;
                for (var o = _outputStart[state]; o < _outputStart[state + 1]; o++)
                {
                    found.Found(_outputs[o], i + 1);
                }
            }
        }
    }

    private static int Symbol(char c) => c < 128 ? SymbolOf[c] : -1;

    private static int[] NewRow() => new int[Symbols];

    private static sbyte[] BuildSymbols()
    {
        var map = new sbyte[128];
        Array.Fill(map, (sbyte)-1);
        for (var c = 'a'; c <= 'z'; c++)
        {
            map[c] = (sbyte)(c - 'a');
        }

        for (var c = '0'; c <= '9'; c++)
        {
            map[c] = (sbyte)(26 + c - '0');
        }

        map['-'] = 36;
        map['.'] = 37;
        return map;
    }
}
