namespace Vigie.Core.Matching;

/// <summary>One step turning the watched label into the name's label.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Position">Where, in the watched label.</param>
/// <param name="From">The watched label's character (for replacements, omissions and transpositions).</param>
/// <param name="To">The name's character (for replacements, insertions and transpositions).</param>
internal readonly record struct Edit(EditKind Kind, int Position, char From, char To);

internal enum EditKind
{
    Insert,
    Delete,
    Replace,
    Transpose,
}
