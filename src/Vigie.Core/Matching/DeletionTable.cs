using System.Numerics;

namespace Vigie.Core.Matching;

/// <summary>
/// The deletion neighbourhoods of the watched labels (as written, or folded), which <see cref="TypoProbe"/> probes
/// with a name label's, and what lets it skip most of them: the lengths of its keys, and the first and the last
/// <see cref="EndLength"/> characters of its keys of each length. A name's deletions that all lie past its first
/// four characters leave those four in front, so when no key of that length starts with them, every such deletion
/// is absent and goes unprobed (as do those before its last four when no key ends with them): for a name label of
/// 10 characters that leaves 16 of its 55 one- and two-letter deletions to ask the table's filter about, not 55.
/// </summary>
internal sealed class DeletionTable
{
    /// <summary>How many characters of a key's start and end are kept in <see cref="_ends"/>.</summary>
    public const int EndLength = 4;

    private readonly KeyFilter _ends;

    private DeletionTable(KeyTable keys, bool folded, ulong lengths, KeyFilter ends)
    {
        Keys = keys;
        Folded = folded;
        Lengths = lengths;
        _ends = ends;
    }

    /// <summary>The deletion keys: a key's entries are the numbers of the watched labels it is a deletion of.</summary>
    public KeyTable Keys { get; }

    /// <summary>True when built from the labels' <see cref="IndexKey.Folded"/> forms, false from their texts.</summary>
    public bool Folded { get; }

    /// <summary>Bit n set when some key has length n: a watched label shortened by its allowed deletions.</summary>
    public ulong Lengths { get; }

    /// <summary>
    /// Builds the table of the watched labels up to <see cref="LabelHash.MaxLength"/> characters, each with every
    /// deletion of at most <see cref="TypoPolicy.MaxEdits"/> characters.
    /// </summary>
    public static DeletionTable Build(IReadOnlyList<IndexKey> keys, bool folded)
    {
        var map = new Dictionary<ulong, List<int>>();
        var ends = new List<ulong>();
        ulong lengths = 0;
        for (var k = 0; k < keys.Count; k++)
        {
            if (keys[k].Kind != KeyKind.Label || keys[k].Text.Length > LabelHash.MaxLength)
            {
                continue;
            }

            var text = folded ? keys[k].Folded : keys[k].Text;
            foreach (var key in DeletionKeys(text))
            {
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }

                if (list.Count == 0 || list[^1] != k)
                {
                    list.Add(k);
                }
            }

            for (var d = 0; d <= TypoPolicy.MaxEdits(text.Length); d++)
            {
                lengths |= 1UL << (text.Length - d);
            }

            AddEnds(text, ends);
        }

        return new DeletionTable(new KeyTable(map), folded, lengths, KeyFilter.Of(ends));
    }

    /// <summary>
    /// False when no key of <paramref name="length"/> characters starts with <paramref name="head"/>'s
    /// <see cref="EndLength"/> characters (their <see cref="LabelHash.Raw"/>): no deletion behind them can be a key.
    /// </summary>
    public bool MayStartWith(ulong head, int length) => _ends.MayContain(EndKey(head, length));

    /// <summary>As <see cref="MayStartWith"/>, for the last <see cref="EndLength"/> characters of a key.</summary>
    public bool MayEndWith(ulong tail, int length) => _ends.MayContain(EndKey(tail, length + 64));

    // The length goes in as one more character (tails' lengths offset by 64, names being at most 63 characters),
    // so that starts and ends share one filter.
    private static ulong EndKey(ulong raw, int length) => LabelHash.Finish(LabelHash.Append(raw, (char)length), EndLength + 1);

    private static IEnumerable<ulong> DeletionKeys(string text)
    {
        var edits = TypoPolicy.MaxEdits(text.Length);
        Span<ulong> prefix = stackalloc ulong[text.Length + 1];
        var hash = new LabelHash(text, prefix);
        var result = new List<ulong> { hash.Whole };
        for (var i = 0; edits >= 1 && i < text.Length; i++)
        {
            result.Add(hash.Without(i));
            for (var j = i + 1; edits >= 2 && j < text.Length; j++)
            {
                result.Add(hash.Without(i, j));
                for (var k = j + 1; edits >= 3 && k < text.Length; k++)
                {
                    result.Add(hash.Without(i, j, k));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The starts and ends of every key <paramref name="text"/> gives. A key whose fourth character is the text's
    /// (4 + t)-th lost t characters before it and starts with the four the first 4 + t keep; its other deletions
    /// (d − t of d) come after, which needs the key to keep at least <see cref="EndLength"/> characters. Ends likewise,
    /// from the other side. Enumerating only these (35 starts at most, not every deletion) keeps the build cheap.
    /// </summary>
    private static void AddEnds(string text, List<ulong> ends)
    {
        var edits = TypoPolicy.MaxEdits(text.Length);
        for (var t = 0; t <= edits && EndLength + t <= text.Length; t++)
        {
            var span = EndLength + t;
            // t deletions among the span's first span − 1 characters: its last one is the key's fourth.
            for (var deleted = 0; deleted < 1 << (span - 1); deleted++)
            {
                if (BitOperations.PopCount((uint)deleted) != t)
                {
                    continue;
                }

                ulong head = 0;
                ulong tail = 0;
                for (var p = 0; p < span; p++)
                {
                    // Bit p deletes the p-th character from the start, and for the end the p-th from the end.
                    if ((deleted & (1 << p)) == 0)
                    {
                        head = LabelHash.Append(head, text[p]);
                    }

                    if ((deleted & (1 << (span - 1 - p))) == 0)
                    {
                        tail = LabelHash.Append(tail, text[text.Length - span + p]);
                    }
                }

                for (var d = t; d <= edits && text.Length - d >= EndLength; d++)
                {
                    ends.Add(EndKey(head, text.Length - d));
                    ends.Add(EndKey(tail, text.Length - d + 64));
                }
            }
        }
    }
}
