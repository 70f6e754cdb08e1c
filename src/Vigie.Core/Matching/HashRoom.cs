using System.Runtime.CompilerServices;

namespace Vigie.Core.Matching;

/// <summary>
/// Room on the stack for one key a character of a label (<see cref="LabelHash.Neighbourhood"/>, <see cref="LabelHash.Ends"/>:
/// at most 63 characters, and the filter's padding), as a local rather than a stackalloc. The JIT compiles a method
/// with a loop that allocates on the stack once, fully but without a profile, where this one is tiered like any
/// other: the screening loop took 442 ns a name instead of 495 when the typo probe's sums moved here
/// (bench/README.md, "match", session 8).
/// </summary>
[InlineArray(Length)]
internal struct HashRoom
{
    public const int Length = 64 + KeyFilter.Padding;

    private ulong _first;
}
