namespace Vigie.Core.Matching;

/// <summary>
/// A frozen open-addressing map from 64-bit keys (slots chosen by the keys' high bits) to lists of entry numbers: the matcher's exact-label,
/// skeleton and deletion-neighbourhood indexes. Linear probing over a power-of-two array kept under half full, each
/// slot holding its key and first entry side by side (one cache line), behind a <see cref="KeyFilter"/>: most misses
/// (the common case) are answered there without touching the table, which with 1,000 assets is out of cache.
/// </summary>
internal sealed class KeyTable
{
    private readonly Slot[] _slots;
    private readonly int[] _next;
    private readonly int[] _values;
    private readonly int _mask;
    private readonly int _slotShift;

    public KeyTable(IReadOnlyDictionary<ulong, List<int>> map)
    {
        var size = 16;
        while (size < map.Count * 2)
        {
            size <<= 1;
        }

        Filter = KeyFilter.Of([.. map.Keys]);
        _slots = new Slot[size];
        Array.Fill(_slots, new Slot(0, -1));
        _mask = size - 1;
        _slotShift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        var values = new List<int>();
        var next = new List<int>();
        foreach (var (key, list) in map)
        {
            var slot = (int)(key >> _slotShift);
            while (_slots[slot].First >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, values.Count);
            for (var i = 0; i < list.Count; i++)
            {
                values.Add(list[i]);
                next.Add(i + 1 < list.Count ? values.Count : -1);
            }
        }

        _values = [.. values];
        _next = [.. next];
    }

    /// <summary>The table's filter, to copy into a local where a loop asks it many times.</summary>
    public KeyFilter Filter { get; }

    /// <summary>Position of the first entry for the key, or -1; follow with <see cref="Next"/>.</summary>
    public int Find(ulong key)
    {
        if (!Filter.MayContain(key))
        {
            return -1;
        }

        var slot = (int)(key >> _slotShift);
        while (true)
        {
            var s = _slots[slot];
            if (s.First < 0 || s.Key == key)
            {
                return s.First;
            }

            slot = (slot + 1) & _mask;
        }
    }

    public int Value(int position) => _values[position];

    public int Next(int position) => _next[position];

    /// <summary>A key and the position of its first entry; -1 marks an empty slot, so every key value is usable.</summary>
    private readonly record struct Slot(ulong Key, int First);
}
