namespace Vigie.Core.Matching;

/// <summary>
/// The per-name work: a fixed set of probes into the index, independent of how many assets are watched.
/// The registrable label gets an exact probe, a skeleton probe and its deletion neighbourhood; its hyphen tokens
/// and what remains beside a service word get the same; one automaton pass finds every key inside the name.
/// </summary>
internal static class NameScanner
{
    private const int MaxParts = 6;

    public static void Scan(MatcherIndex index, scoped ReadOnlySpan<char> name, NameLayout layout, ref HitBuffer hits)
    {
        var label = name[layout.LabelStart..layout.LabelEnd];
        Probe(index, label, layout.LabelStart, HitKind.Label, ref hits);

        var parts = 0;
        if (label.Contains('-'))
        {
            foreach (var range in label.Split('-'))
            {
                var (offset, length) = range.GetOffsetAndLength(label.Length);
                if (length >= 3 && length < label.Length && parts++ < MaxParts)
                {
                    Probe(index, label.Slice(offset, length), layout.LabelStart + offset, HitKind.Part, ref hits);
                }
            }
        }

        var scanned = name[..layout.LabelEnd];
        Span<Hit> found = stackalloc Hit[16];
        var sink = new Sink(index, layout, scanned, found);
        index.Automaton.Scan(scanned, ref sink);
        foreach (var hit in found[..sink.Count])
        {
            hits.Add(hit);
        }

        ProbeRemainder(index, label, layout.LabelStart, sink.ServiceAtStart, sink.ServiceAtEnd, ref hits);

        if (layout.HasSubdomain)
        {
            ProbeJoined(index, name[..layout.LabelEnd], ref hits);
        }
    }

    /// <summary>Exact, typo and skeleton probes of one label or token.</summary>
    private static void Probe(MatcherIndex index, scoped ReadOnlySpan<char> text, int start, HitKind kind, ref HitBuffer hits)
    {
        var exact = index.Exact;
        for (var p = exact.Find(LabelHash.Of(text)); p >= 0; p = exact.Next(p))
        {
            var key = exact.Value(p);
            if (text.SequenceEqual(index.Keys[key].Text) && (kind == HitKind.Label || index.Keys[key].Kind == KeyKind.Label))
            {
                hits.Add(new Hit(key, kind, start, start + text.Length, 0));
            }
        }

        if (text.Length >= 4 && text.Length <= LabelHash.MaxLength)
        {
            ProbeSkeleton(index, text, start, kind == HitKind.Label ? HitKind.LabelSkeleton : kind, ref hits);
            ProbeTypos(index, text, start, kind == HitKind.Label ? HitKind.LabelTypo : kind, ref hits);
        }
    }

    private static void ProbeTypos(MatcherIndex index, scoped ReadOnlySpan<char> text, int start, HitKind kind, ref HitBuffer hits)
    {
        var edits = TypoPolicy.MaxEdits(text.Length);
        if (edits == 0)
        {
            return;
        }

        Span<ulong> prefix = stackalloc ulong[text.Length + 1];
        var hash = new LabelHash(text, prefix);
        Span<int> tried = stackalloc int[8];
        var triedCount = 0;
        TryDeletion(index, text, start, kind, hash.Whole, tried, ref triedCount, ref hits);
        for (var i = 0; i < text.Length; i++)
        {
            TryDeletion(index, text, start, kind, hash.Without(i), tried, ref triedCount, ref hits);
            for (var j = i + 1; edits >= 2 && j < text.Length; j++)
            {
                TryDeletion(index, text, start, kind, hash.Without(i, j), tried, ref triedCount, ref hits);
            }
        }
    }

    private static void TryDeletion(
        MatcherIndex index, scoped ReadOnlySpan<char> text, int start, HitKind kind, ulong key, scoped Span<int> tried, ref int triedCount, ref HitBuffer hits)
    {
        var table = index.Deletions;
        for (var p = table.Find(key); p >= 0; p = table.Next(p))
        {
            var k = table.Value(p);
            if (tried[..triedCount].Contains(k))
            {
                continue;
            }

            if (triedCount < tried.Length)
            {
                tried[triedCount++] = k;
            }

            var watched = index.Keys[k].Text;
            var max = TypoPolicy.MaxEdits(watched.Length);
            var distance = EditDistance.Bounded(text, watched, max);
            if (distance >= 1 && distance <= max)
            {
                hits.Add(new Hit(k, kind, start, start + text.Length, distance));
            }
        }
    }

    private static void ProbeSkeleton(MatcherIndex index, scoped ReadOnlySpan<char> text, int start, HitKind kind, ref HitBuffer hits)
    {
        Span<char> folded = stackalloc char[text.Length];
        var length = AsciiFold.Fold(text, folded);
        if (folded[..length].SequenceEqual(text))
        {
            return;
        }

        var table = index.Skeletons;
        for (var p = table.Find(LabelHash.Of(folded[..length])); p >= 0; p = table.Next(p))
        {
            hits.Add(new Hit(table.Value(p), kind, start, start + text.Length, 0));
        }
    }

    /// <summary>"metamsklogin": cut the service word off the start or end and compare the rest with the brands.</summary>
    private static void ProbeRemainder(MatcherIndex index, scoped ReadOnlySpan<char> label, int labelStart, int atStart, int atEnd, ref HitBuffer hits)
    {
        if (atStart > 0 && label.Length - atStart >= 5 && label[atStart] != '-')
        {
            Probe(index, label[atStart..], labelStart + atStart, HitKind.Part, ref hits);
        }

        if (atEnd > 0 && label.Length - atEnd >= 5 && label[^(atEnd + 1)] != '-')
        {
            Probe(index, label[..^atEnd], labelStart, HitKind.Part, ref hits);
        }
    }

    /// <summary>"myethe.rwallet.com": the labels left of the suffix run together, "www." left out.</summary>
    private static void ProbeJoined(MatcherIndex index, scoped ReadOnlySpan<char> left, ref HitBuffer hits)
    {
        if (left.StartsWith("www."))
        {
            left = left[4..];
        }

        if (left.Length > LabelHash.MaxLength || !left.Contains('.'))
        {
            return;
        }

        Span<char> joined = stackalloc char[left.Length];
        var n = 0;
        foreach (var c in left)
        {
            if (c != '.')
            {
                joined[n++] = c;
            }
        }

        Probe(index, joined[..n], 0, HitKind.Joined, ref hits);
    }

    /// <summary>Classifies each automaton hit by where it lies in the name.</summary>
    private ref struct Sink : IPatternSink
    {
        private readonly MatcherIndex _index;
        private readonly NameLayout _layout;
        private readonly ReadOnlySpan<char> _scanned;
        private readonly Span<Hit> _found;

        public Sink(MatcherIndex index, NameLayout layout, ReadOnlySpan<char> scanned, Span<Hit> found)
        {
            _index = index;
            _layout = layout;
            _scanned = scanned;
            _found = found;
        }

        /// <summary>How many hits were written into the span given.</summary>
        public int Count;

        /// <summary>Length of a service word that starts the registrable label, or 0.</summary>
        public int ServiceAtStart;

        /// <summary>Length of a service word that ends the registrable label, or 0.</summary>
        public int ServiceAtEnd;

        public void Found(int pattern, int end)
        {
            var layout = _layout;
            var keyNumber = _index.PatternKeys[pattern];
            var key = _index.Keys[keyNumber];
            var start = end - key.Text.Length;
            var inLabel = start >= layout.LabelStart;
            if (key.Kind == KeyKind.ServiceWord)
            {
                if (inLabel && start == layout.LabelStart && key.Text.Length > ServiceAtStart)
                {
                    ServiceAtStart = key.Text.Length;
                }

                if (inLabel && end == layout.LabelEnd && key.Text.Length > ServiceAtEnd)
                {
                    ServiceAtEnd = key.Text.Length;
                }

                return;
            }

            if (inLabel)
            {
                if (end - start < layout.LabelEnd - layout.LabelStart)
                {
                    Add(new Hit(keyNumber, HitKind.Inside, start, end, 0));
                }
            }
            else if (key.Kind != KeyKind.FullDomain || end == _scanned.Length || !char.IsAsciiLetterOrDigit(_scanned[end]))
            {
                Add(new Hit(keyNumber, HitKind.Left, start, end, 0));
            }
        }

        private void Add(Hit hit)
        {
            if (Count < _found.Length)
            {
                _found[Count++] = hit;
            }
        }
    }
}
