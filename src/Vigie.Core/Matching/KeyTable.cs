namespace Vigie.Core.Matching;

/// <summary>
/// A frozen open-addressing map from 64-bit keys to lists of entry numbers: the matcher's exact-label,
/// skeleton and deletion-neighbourhood indexes. Linear probing over a power-of-two array kept under half full,
/// so a miss (the common case) costs one or two cache lines.
/// </summary>
internal sealed class KeyTable
{
    private readonly ulong[] _keys;
    private readonly int[] _first;
    private readonly int[] _next;
    private readonly int[] _values;
    private readonly int _mask;

    public KeyTable(IReadOnlyDictionary<ulong, List<int>> map)
    {
        var size = 16;
        while (size < map.Count * 2)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _first = new int[size];
        _mask = size - 1;
        var values = new List<int>();
        var next = new List<int>();
        foreach (var (key, list) in map)
        {
            var slot = (int)key & _mask;
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
        var slot = (int)key & _mask;
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
