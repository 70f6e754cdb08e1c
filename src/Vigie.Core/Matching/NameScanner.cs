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
        ChunkProbe.Probe(index, label, layout.LabelStart, ref hits);

        var parts = 0;
        if (label.Contains('-'))
        {
            // Each token, and each two neighbours with their hyphen: "meta-mask" in "meta-mask-wallet" (exact and
            // look-alike only: a typo neighbourhood for every pair would double the work on hyphenated names).
            // Two-letter tokens only where a 3-letter label is watched: "login-ks" is kas with a letter left out.
            var previous = -1;
            var shortest = index.ShortestLabel <= 3 ? 2 : 3;
            foreach (var range in label.Split('-'))
            {
                var (offset, length) = range.GetOffsetAndLength(label.Length);
                if (length >= shortest && length < label.Length && parts++ < MaxParts)
                {
                    Probe(index, label.Slice(offset, length), layout.LabelStart + offset, HitKind.Part, ref hits);
                }

                if (previous >= 0 && offset + length - previous < label.Length && parts < MaxParts)
                {
                    Probe(index, label[previous..(offset + length)], layout.LabelStart + previous, HitKind.Part, ref hits, typos: false);
                }

                previous = offset;
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

        ProbeRemainder(index, label, layout.LabelStart, (sink.ServiceAtStart, sink.ServiceAtEnd, sink.WordAtStart, sink.WordAtEnd), ref hits);

        if (layout.HasSubdomain)
        {
            ProbeJoined(index, name[..layout.LabelEnd], ref hits);
            ProbeSubdomainLabels(index, name[..(layout.LabelStart - 1)], ref hits);
        }
    }

    /// <summary>Exact, skeleton and (unless <paramref name="typos"/> is false) typo probes of one label or token.</summary>
    private static void Probe(MatcherIndex index, scoped ReadOnlySpan<char> text, int start, HitKind kind, ref HitBuffer hits, bool typos = true)
    {
        var hash = ProbeExact(index, text, start, kind, ref hits);
        if (text.Length < 2 || text.Length > LabelHash.MaxLength)
        {
            return;
        }

        // One deletion neighbourhood per text: of the text itself when folding changes nothing, else of its fold
        // (look-alikes, hyphens and doubled letters folded on both sides), which reaches every plain slip too.
        Span<char> folded = stackalloc char[text.Length];
        var length = AsciiFold.Fold(text, folded, out var pairs);
        var skeletonKind = kind == HitKind.Label ? HitKind.LabelSkeleton : kind;
        var typoKind = kind == HitKind.Label ? HitKind.LabelTypo : kind;
        if (kind == HitKind.Label)
        {
            ProbeGlyphs(index, folded[..length], start, start + text.Length, ref hits);
        }

        var skeletons = index.Skeletons;
        if (folded[..length].SequenceEqual(text))
        {
            // Nothing to fold, yet it may be a watched label's fold: "dflnlty" is dfinity with each 'i' written 'l'.
            for (var p = skeletons.Find(hash); p >= 0; p = skeletons.Next(p))
            {
                if (!text.SequenceEqual(index.Keys[skeletons.Value(p)].Text))
                {
                    hits.Add(new Hit(skeletons.Value(p), skeletonKind, start, start + text.Length, 0));
                }
            }

            ProbeTypos(index, index.Deletions, text, start, start + text.Length, typoKind, ref hits);
            return;
        }

        var found = false;
        for (var p = skeletons.Find(LabelHash.Of(folded[..length])); p >= 0; p = skeletons.Next(p))
        {
            hits.Add(new Hit(skeletons.Value(p), skeletonKind, start, start + text.Length, 0));
            found = true;
        }

        if (!found && typos && length >= 2)
        {
            ProbeTypos(index, index.FoldedDeletions, folded[..length], start, start + text.Length, skeletonKind, ref hits);
            if (pairs)
            {
                // "cl" read as 'd' may instead be a slip beside an 'l': "paypcl" is paypal with 'a' replaced by 'c'.
                ProbeTypos(index, index.Deletions, text, start, start + text.Length, typoKind, ref hits);
            }
        }
    }

    /// <summary>The exact probe of a label or token; returns the text's key for the probes that follow.</summary>
    private static ulong ProbeExact(MatcherIndex index, scoped ReadOnlySpan<char> text, int start, HitKind kind, ref HitBuffer hits)
    {
        var exact = index.Exact;
        var hash = LabelHash.Of(text);
        for (var p = exact.Find(hash); p >= 0; p = exact.Next(p))
        {
            var key = exact.Value(p);
            if (text.SequenceEqual(index.Keys[key].Text) && (kind == HitKind.Label || index.Keys[key].Kind == KeyKind.Label))
            {
                hits.Add(new Hit(key, kind, start, start + text.Length, 0));
            }
        }

        return hash;
    }

    /// <summary>
    /// The registrable label's <see cref="GlyphClass"/> fold against the watched labels': look-alike letters swapped
    /// however many times ("ricrosoftorlire"), which no typo bound reaches. One lookup, in a table of one key a label.
    /// </summary>
    private static void ProbeGlyphs(MatcherIndex index, scoped ReadOnlySpan<char> folded, int start, int end, ref HitBuffer hits)
    {
        Span<char> classes = stackalloc char[folded.Length];
        var length = GlyphClass.Fold(folded, classes);
        var glyphs = index.Glyphs;
        for (var p = glyphs.Find(LabelHash.Of(classes[..length])); p >= 0; p = glyphs.Next(p))
        {
            if (!folded.SequenceEqual(index.Keys[glyphs.Value(p)].Folded))
            {
                hits.Add(new Hit(glyphs.Value(p), HitKind.LabelGlyphs, start, end, 0));
            }
        }
    }

    private static void ProbeTypos(MatcherIndex index, KeyTable table, scoped ReadOnlySpan<char> text, int start, int end, HitKind kind, ref HitBuffer hits)
    {
        // A name label of length L reaches a watched label of length n only if |L - n| <= MaxEdits(n), and the
        // symmetric deletion scheme then needs at most MaxEdits(L) deletions on the name's side.
        var edits = TypoPolicy.MaxNameEdits(text.Length);
        if (edits == 0 || text.Length > index.LongestLabel + 3 || text.Length + 3 < index.ShortestLabel || text.Length > 63)
        {
            return;
        }

        // Only deletion depths whose resulting length some watched label's neighbourhood has are worth probing.
        var n = text.Length;
        var lengths = index.DeletionLengths;
        var depth0 = (lengths & (1UL << n)) != 0;
        var depth1 = (lengths & (1UL << (n - 1))) != 0;
        var depth2 = edits >= 2 && (lengths & (1UL << (n - 2))) != 0;
        if (!depth0 && !depth1 && !depth2)
        {
            return;
        }

        Span<ulong> single = stackalloc ulong[n + KeyFilter.Padding];
        Span<ulong> pair = stackalloc ulong[n];
        var whole = LabelHash.Neighbourhood(text, single, pair);
        Span<int> tried = stackalloc int[8];
        var triedCount = 0;
        var filter = table.Filter;
        if (depth0 && filter.MayContain(whole))
        {
            TryDeletion(index, table, text, start, end, kind, whole, tried, ref triedCount, ref hits);
        }

        // The filter is asked for a row of keys at once; the table only where it says a key may be there (one in 200).
        if (depth1)
        {
            var salt = LabelHash.Salt(n - 1);
            for (var passes = filter.MayContainSums(salt, single, n); passes != 0; passes &= passes - 1)
            {
                var key = salt + single[System.Numerics.BitOperations.TrailingZeroCount(passes)];
                TryDeletion(index, table, text, start, end, kind, key, tried, ref triedCount, ref hits);
            }
        }

        for (var i = 0; depth2 && i < n - 1; i++)
        {
            var rest = single[(i + 1)..];
            for (var passes = filter.MayContainSums(pair[i], rest, n - 1 - i); passes != 0; passes &= passes - 1)
            {
                var key = pair[i] + rest[System.Numerics.BitOperations.TrailingZeroCount(passes)];
                TryDeletion(index, table, text, start, end, kind, key, tried, ref triedCount, ref hits);
            }
        }
    }

    private static void TryDeletion(
        MatcherIndex index, KeyTable table, scoped ReadOnlySpan<char> text, int start, int end, HitKind kind, ulong key, scoped Span<int> tried, ref int triedCount, ref HitBuffer hits)
    {
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

            var watched = table == index.FoldedDeletions ? index.Keys[k].Folded : index.Keys[k].Text;
            var max = TypoPolicy.MaxEdits(watched.Length);
            var distance = EditDistance.Bounded(text, watched, max);
            if (distance >= 1 && distance <= max && !SameButHyphens(text, watched))
            {
                hits.Add(new Hit(k, kind, start, end, distance));
            }
        }
    }

    /// <summary>
    /// Brands misspelt as a subdomain label of someone else's domain ("myetherwalet.heliohost.org"): typo and
    /// skeleton probes of the first few subdomain labels (exact ones are found by the automaton).
    /// </summary>
    private static void ProbeSubdomainLabels(MatcherIndex index, scoped ReadOnlySpan<char> subdomain, ref HitBuffer hits)
    {
        var probed = 0;
        foreach (var range in subdomain.Split('.'))
        {
            var (offset, length) = range.GetOffsetAndLength(subdomain.Length);
            var label = subdomain.Slice(offset, length);
            if (length >= 5 && !index.ServiceWordSet.Contains(label) && probed++ < 3)
            {
                // Raw slips only: folding hyphens away here brings ordinary host names too close ("emea-mask").
                ProbeTypos(index, index.Deletions, label, offset, offset + length, HitKind.Left, ref hits);
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

    /// <summary>
    /// "metamsklogin": cut the service word off the start or end and compare the rest with the brands. Past a hyphen
    /// the rest is a hyphenated brand only when it has hyphens of its own ("mail-en-marhce", "en-marhce-login": its
    /// tokens alone are no brand). A rest of 2 to 4 letters beside any word `vigie permute` glues to brands
    /// ("kaslogin", "outlookkas") is compared exactly only: so short a rest is a brand only when it is one.
    /// </summary>
    private static void ProbeRemainder(
        MatcherIndex index, scoped ReadOnlySpan<char> label, int labelStart, (int AtStart, int AtEnd, int WordAtStart, int WordAtEnd) words, ref HitBuffer hits)
    {
        var (atStart, atEnd) = (words.AtStart, words.AtEnd);
        if (atStart > 0 && label.Length - atStart >= 5)
        {
            var hyphen = label[atStart] == '-' ? 1 : 0;
            if (hyphen == 0 || label[(atStart + 1)..].Contains('-'))
            {
                Probe(index, label[(atStart + hyphen)..], labelStart + atStart + hyphen, HitKind.Part, ref hits);
            }
        }

        if (atEnd > 0 && label.Length - atEnd >= 5)
        {
            var hyphen = label[^(atEnd + 1)] == '-' ? 1 : 0;
            if (hyphen == 0 || label[..^(atEnd + 1)].Contains('-'))
            {
                Probe(index, label[..^(atEnd + hyphen)], labelStart, HitKind.Part, ref hits);
            }
        }

        var rest = label.Length - words.WordAtStart;
        if (words.WordAtStart > 0 && rest is >= 2 and <= TypoPolicy.ShortLabel)
        {
            ProbeExact(index, label[words.WordAtStart..], labelStart + words.WordAtStart, HitKind.Part, ref hits);
        }

        rest = label.Length - words.WordAtEnd;
        if (words.WordAtEnd > 0 && rest is >= 2 and <= TypoPolicy.ShortLabel)
        {
            ProbeExact(index, label[..rest], labelStart, HitKind.Part, ref hits);
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

        // "mail.", "login.", "app." in front: a whole service word is seldom a fragment of a split brand, so it takes
        // the brand whole to count ("pay.pal.com"), no misspelling of it.
        var firstDot = left.IndexOf('.');
        var serviceFirst = firstDot > 0 && index.ServiceWordSet.Contains(left[..firstDot]);

        Span<char> joined = stackalloc char[left.Length];
        var n = 0;
        foreach (var c in left)
        {
            if (c != '.')
            {
                joined[n++] = c;
            }
        }

        if (serviceFirst)
        {
            ProbeExact(index, joined[..n], 0, HitKind.Joined, ref hits);
        }
        else
        {
            Probe(index, joined[..n], 0, HitKind.Joined, ref hits);
        }
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

        /// <summary>Length of a service or combo word that starts the registrable label, or 0.</summary>
        public int WordAtStart;

        /// <summary>Length of a service or combo word that ends the registrable label, or 0.</summary>
        public int WordAtEnd;

        public void Found(int pattern, int end)
        {
            var layout = _layout;
            var keyNumber = _index.PatternKeys[pattern];
            var key = _index.Keys[keyNumber];
            var start = end - key.Text.Length;
            var inLabel = start >= layout.LabelStart;
            if (key.Kind is KeyKind.ServiceWord or KeyKind.ComboWord)
            {
                var atStart = inLabel && start == layout.LabelStart;
                var atEnd = inLabel && end == layout.LabelEnd;
                var service = key.Kind == KeyKind.ServiceWord;
                ServiceAtStart = service && atStart ? Math.Max(ServiceAtStart, key.Text.Length) : ServiceAtStart;
                ServiceAtEnd = service && atEnd ? Math.Max(ServiceAtEnd, key.Text.Length) : ServiceAtEnd;
                WordAtStart = atStart ? Math.Max(WordAtStart, key.Text.Length) : WordAtStart;
                WordAtEnd = atEnd ? Math.Max(WordAtEnd, key.Text.Length) : WordAtEnd;
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
