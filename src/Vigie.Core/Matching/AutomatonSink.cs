namespace Vigie.Core.Matching;

/// <summary>Classifies each automaton hit by where it lies in the name.</summary>
internal ref struct AutomatonSink : IPatternSink
{
    private readonly MatcherIndex _index;
    private readonly NameLayout _layout;
    private readonly ReadOnlySpan<char> _scanned;
    private readonly Span<Hit> _found;

    public AutomatonSink(MatcherIndex index, NameLayout layout, ReadOnlySpan<char> scanned, Span<Hit> found)
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
        var (keyNumber, kind, length) = _index.Patterns[pattern];
        var start = end - length;
        var inLabel = start >= layout.LabelStart;
        if (kind is KeyKind.ServiceWord or KeyKind.ComboWord)
        {
            var atStart = inLabel && start == layout.LabelStart;
            var atEnd = inLabel && end == layout.LabelEnd;
            var service = kind == KeyKind.ServiceWord;
            ServiceAtStart = service && atStart ? Math.Max(ServiceAtStart, length) : ServiceAtStart;
            ServiceAtEnd = service && atEnd ? Math.Max(ServiceAtEnd, length) : ServiceAtEnd;
            WordAtStart = atStart ? Math.Max(WordAtStart, length) : WordAtStart;
            WordAtEnd = atEnd ? Math.Max(WordAtEnd, length) : WordAtEnd;
            return;
        }

        if (inLabel)
        {
            if (end - start < layout.LabelEnd - layout.LabelStart)
            {
                Add(new Hit(keyNumber, HitKind.Inside, start, end, 0));
            }
        }
        else if (kind != KeyKind.FullDomain || end == _scanned.Length || !char.IsAsciiLetterOrDigit(_scanned[end]))
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
