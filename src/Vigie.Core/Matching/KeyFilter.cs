using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Vigie.Core.Matching;

/// <summary>
/// A blocked Bloom filter over a <see cref="KeyTable"/>'s keys (Putze, Sanders and Singler, "Cache-, hash- and
/// space-efficient Bloom filters", 2007): each key sets three bits of one 64-bit word, so a probe reads one word,
/// and with 16 to 32 bits per key about one absent key in 200 gets past it, against one in 16 to 32 with a single
/// bit per key. A struct of two fields, so that a probe loop holds it in registers.
/// </summary>
internal readonly struct KeyFilter
{
    private readonly ulong[] _words;
    private readonly int _shift;

    private KeyFilter(ulong[] words, int shift)
    {
        _words = words;
        _shift = shift;
    }

    public static KeyFilter Of(IReadOnlyCollection<ulong> keys)
    {
        var bits = 1024;
        while (bits < keys.Count * 16)
        {
            bits <<= 1;
        }

        var filter = new KeyFilter(new ulong[bits / 64], 64 - System.Numerics.BitOperations.Log2((uint)(bits / 64)));
        foreach (var key in keys)
        {
            filter._words[key >> filter._shift] |= Mask(key);
        }

        return filter;
    }

    /// <summary>False when the key is certainly absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ulong key)
    {
        // The word index is the key's top bits, below the array's length by construction: no bounds check needed.
        var mask = Mask(key);
        return (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_words), (nint)(key >> _shift)) & mask) == mask;
    }

    /// <summary>
    /// Asks for the keys first + terms[j], j &lt; <paramref name="count"/> ≤ 64, together (a deletion neighbourhood:
    /// see <see cref="LabelHash.Neighbourhood"/>) and returns bit j set when that key may be present. With AVX2 four
    /// keys go at once, their words fetched by one gather; the last group of four reads terms past
    /// <paramref name="count"/>, so <paramref name="terms"/> holds <see cref="Padding"/> more (their answers are
    /// dropped). The name-side neighbourhood is most of the matcher's work per name.
    /// </summary>
    public unsafe ulong MayContainSums(ulong first, ReadOnlySpan<ulong> terms, int count)
    {
        ulong passes = 0;
        if (!Avx2.IsSupported)
        {
            for (var j = 0; j < count; j++)
            {
                passes |= MayContain(first + terms[j]) ? 1UL << j : 0;
            }

            return passes;
        }

        var firsts = Vector256.Create(first);
        var low6 = Vector256.Create(63UL);
        fixed (ulong* words = _words)
        {
            for (var j = 0; j < count; j += Vector256<ulong>.Count)
            {
                var keys = firsts + Vector256.Create(terms.Slice(j, Vector256<ulong>.Count));
                var loaded = Avx2.GatherVector256(words, (keys >> _shift).AsInt64(), sizeof(ulong));
                var mask = Avx2.ShiftLeftLogicalVariable(Vector256<ulong>.One, (keys >> 20) & low6)
                    | Avx2.ShiftLeftLogicalVariable(Vector256<ulong>.One, (keys >> 26) & low6)
                    | Avx2.ShiftLeftLogicalVariable(Vector256<ulong>.One, (keys >> 32) & low6);
                passes |= (ulong)Vector256.Equals(loaded & mask, mask).ExtractMostSignificantBits() << j;
            }
        }

        return count == 64 ? passes : passes & ((1UL << count) - 1);
    }

    /// <summary>How many terms past its count <see cref="MayContainSums"/> may read.</summary>
    public const int Padding = 3;

    /// <summary>
    /// The three bits a key sets in its word, taken from the middle of the (Fibonacci-multiplied) key: the top bits
    /// choose the word and the table slot, and the low bits of a product mix less.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(ulong key) =>
        (1UL << (int)(key >> 20)) | (1UL << (int)(key >> 26)) | (1UL << (int)(key >> 32));
}
