using System.Runtime.CompilerServices;

namespace Vigie.Core.Matching;

/// <summary>Room on the stack for the automaton's hits in one name (see <see cref="HashRoom"/> for why not a stackalloc).</summary>
[InlineArray(16)]
internal struct FoundHits
{
    private Hit _first;
}
