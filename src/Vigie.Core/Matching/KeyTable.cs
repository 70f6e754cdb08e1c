namespace Vigie.Core.Matching;

/// <summary>
/// A frozen open-addressing map from 64-bit keys (slots chosen by the keys' high bits) to lists of entry numbers: the matcher's exact-label,
/// skeleton and deletion-neighbourhood indexes. Linear probing over a power-of-two array kept under half full,
/// behind a one-bit-per-slot filter sixteen times larger than the key count, small enough to stay in the CPU's
/// second-level cache: most misses (the common case) are answered there without touching the table.
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
        _filterShift = 64 - System.Numerics.BitOperations.Log2((uint)filterBits);
        foreach (var key in map.Keys)
        {
            var bit = key >> _filterShift;
            _filter[bit >> 6] |= 1UL << (int)(bit & 63);
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

    public int Count => _values.Length;

    /// <summary>Position of the first entry for the key, or -1; follow with <see cref="Next"/>.</summary>
    public int Find(ulong key)
    {
        var bit = key >> _filterShift;
        if ((_filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
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

    public int Value(int position) => _values[position];

    public int Next(int position) => _next[position];
}
