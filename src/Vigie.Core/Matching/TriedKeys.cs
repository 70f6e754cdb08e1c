using System.Runtime.CompilerServices;

namespace Vigie.Core.Matching;

/// <summary>The watched labels one typo probe has already compared, on the stack (see <see cref="HashRoom"/> for why not a stackalloc).</summary>
[InlineArray(8)]
internal struct TriedKeys
{
    private int _first;
}
