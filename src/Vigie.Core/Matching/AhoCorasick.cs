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
    private readonly int[] _lengths;

    public AhoCorasick(IReadOnlyList<string> patterns)
    {
        _lengths = [.. patterns.Select(p => p.Length)];
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

        _next = new int[children.Count * Symbols];
        _outputStart = new int[children.Count + 1];
        var flat = new List<int>();
        for (var state = 0; state < children.Count; state++)
        {
            children[state].CopyTo(_next, state * Symbols);
            _outputStart[state] = flat.Count;
            flat.AddRange(outputs[state]);
        }

        _outputStart[children.Count] = flat.Count;
        _outputs = [.. flat];
    }

    public int StateCount => _outputStart.Length - 1;

    public int LengthOf(int pattern) => _lengths[pattern];

    /// <summary>Calls <paramref name="found"/> with (pattern, end position exclusive) for every occurrence.</summary>
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink found)
        where TSink : struct, IPatternSink, allows ref struct
    {
        var state = 0;
        var next = _next;
        var starts = _outputStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var s = c < 128 ? SymbolOf[c] : -1;
            state = s < 0 ? 0 : next[(state * Symbols) + s];
            var from = starts[state];
            var to = starts[state + 1];
            for (var o = from; o < to; o++)
            {
                found.Found(_outputs[o], i + 1);
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
