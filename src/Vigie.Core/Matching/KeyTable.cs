namespace Vigie.Core.Matching;

/// <summary>
/// A frozen open-addressing map from 64-bit keys (slots chosen by the keys' high bits) to lists of entry numbers: the matcher's exact-label,
/// skeleton and deletion-neighbourhood indexes. Linear probing over a power-of-two array kept under half full,
/// behind a blocked Bloom filter (Putze, Sanders and Singler, "Cache-, hash- and space-efficient Bloom filters",
/// 2007): each key sets three bits of one 64-bit word, so a probe reads one word, and with 16 to 32 bits per key
/// about one absent key in 200 gets past it, against one in 16 to 32 with a single bit per key. Most misses
/// (the common case) are answered there without touching the table, which with 1,000 assets is out of cache.
/// </summary>
internal sealed class KeyTable
{
    private readonly ulong[] _keys;
    private readonly int[] _first;
    private readonly int[] _next;
    private readonly int[] _values;
    private readonly int _mask;
    private readonly int _slotShift;
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    public KeyTable(IReadOnlyDictionary<ulong, List<int>> map)
    {
        var size = 16;
        while (size < map.Count * 2)
        {
            size <<= 1;
        }

        var filterBits = 1024;
        while (filterBits < map.Count * 16)
        {
            filterBits <<= 1;
        }

        _filter = new ulong[filterBits / 64];
        _filterShift = 64 - System.Numerics.BitOperations.Log2((uint)(filterBits / 64));
        foreach (var key in map.Keys)
        {
            _filter[key >> _filterShift] |= FilterMask(key);
        }

        _keys = new ulong[size];
        _first = new int[size];
        _mask = size - 1;
        _slotShift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        var values = new List<int>();
        var next = new List<int>();
        foreach (var (key, list) in map)
        {
            var slot = (int)(key >> _slotShift);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _first[slot] = values.Count;
            for (var i = 0; i < list.Count; i++)
            {
                values.Add(list[i]);
                next.Add(i + 1 < list.Count ? values.Count : -1);
            }
        }

        _values = [.. values];
        _next = [.. next];
    }

    /// <summary>False when the key is certainly absent (the filter alone answers; no table access).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ulong key)
    {
        var mask = FilterMask(key);
        return (_filter[key >> _filterShift] & mask) == mask;
    }

    /// <summary>Position of the first entry for the key, or -1; follow with <see cref="Next"/>.</summary>
    public int Find(ulong key)
    {
        if (!MayContain(key))
        {
            return -1;
        }

        var slot = (int)(key >> _slotShift);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _first[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// The three bits a key sets in its filter word, taken from the middle of the (Fibonacci-multiplied) key: the
    /// top bits choose the word and the slot, and the low bits of a product mix less.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong FilterMask(ulong key) =>
        (1UL << (int)(key >> 20)) | (1UL << (int)(key >> 26)) | (1UL << (int)(key >> 32));

    public int Value(int position) => _values[position];

    public int Next(int position) => _next[position];
}
