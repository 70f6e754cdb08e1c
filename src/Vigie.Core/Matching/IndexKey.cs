namespace Vigie.Core.Matching;

/// <summary>One indexed string: which target it belongs to (-1 for service words), what it stands for, its text.</summary>
/// <param name="Target">Index into the matcher's targets, or -1.</param>
/// <param name="Kind">What the string stands for.</param>
/// <param name="Text">The string as indexed (lower-case ASCII).</param>
/// <param name="Source">The dotted form it came from, for explanations ("onedrive.en-marche.fr").</param>
internal sealed record IndexKey(int Target, KeyKind Kind, string Text, string Source)
{
    /// <summary>The text's look-alike fold (<see cref="AsciiFold"/>): what folded name labels are compared with.</summary>
    public string Folded { get; } = AsciiFold.Fold(Text);
}
