namespace Vigie.Core.Matching;

/// <summary>Where the registrable label of a scanned name starts and ends ("onedrive.[en-marche].fr").</summary>
/// <param name="LabelStart">First character of the registrable label.</param>
/// <param name="LabelEnd">The dot before the suffix.</param>
internal readonly record struct NameLayout(int LabelStart, int LabelEnd)
{
    public bool HasSubdomain => LabelStart > 0;
}
