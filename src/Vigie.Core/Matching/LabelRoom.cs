using System.Runtime.CompilerServices;

namespace Vigie.Core.Matching;

/// <summary>Room on the stack for a label of at most <see cref="LabelHash.MaxLength"/> + 1 characters (see <see cref="HashRoom"/> for why not a stackalloc).</summary>
[InlineArray(LabelHash.MaxLength + 1)]
internal struct LabelRoom
{
    private char _first;
}
