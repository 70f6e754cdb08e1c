namespace Vigie.Core.Matching;

/// <summary>The hits of one name, on the stack; past its capacity further hits are dropped (the strongest come first).</summary>
internal ref struct HitBuffer(Span<Hit> storage)
{
    private readonly Span<Hit> _storage = storage;

    public int Count { get; private set; }

    public readonly ReadOnlySpan<Hit> Hits => _storage[..Count];

    public void Add(Hit hit)
    {
        if (Count < _storage.Length)
        {
            _storage[Count++] = hit;
        }
    }
}
