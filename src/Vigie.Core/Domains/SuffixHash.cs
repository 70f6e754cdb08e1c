namespace Vigie.Core.Domains;

/// <summary>
/// The hash that places a suffix in the compiled public suffix table, and the layout of the table's slots: the
/// generator lays the table out with them at build time (src/Vigie.Core.Generators) and <c>PublicSuffixList</c>
/// probes with them at run time, so this one file is compiled into both. FNV-1a over UTF-16 code units, then the
/// high bits folded down so that a mask of the low bits spreads short strings ("com", "co.uk") well.
/// </summary>
internal static class SuffixHash
{
    /// <summary>
    /// A slot holds 1 + the offset of its entry in its low bits and the top bits of its suffix's hash above them, so
    /// that a probe passes over other suffixes' slots without reading their entries: the lookup that misses (most
    /// names' second one, "example.com") then reads the slots' one cache line instead of an entry per slot passed.
    /// </summary>
    private const int OffsetBits = 18;
    private const int OffsetMask = (1 << OffsetBits) - 1;

    public static uint Of(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }

    /// <summary>The slot of the entry at <paramref name="offset"/> for a suffix of hash <paramref name="hash"/>; never 0.</summary>
    public static int Slot(uint hash, int offset) =>
        offset + 1 <= OffsetMask ? (int)(Tag(hash) << OffsetBits) | (offset + 1) : throw new ArgumentOutOfRangeException(nameof(offset));

    /// <summary>True when the slot may hold the suffix of hash <paramref name="hash"/> (same tag).</summary>
    public static bool MayHold(int slot, uint hash) => (uint)slot >> OffsetBits == Tag(hash);

    /// <summary>The entry offset a non-empty slot holds.</summary>
    public static int Offset(int slot) => (slot & OffsetMask) - 1;

    // The hash's top bits: the slot index is taken from its low bits, so the two do not overlap.
    private static uint Tag(uint hash) => hash >> (32 - (31 - OffsetBits));
}
