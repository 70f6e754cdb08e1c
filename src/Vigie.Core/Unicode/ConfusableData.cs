namespace Vigie.Core.Unicode;

/// <summary>
/// What <see cref="ConfusableTableReader"/> keeps of the TR39 files: the look-alikes of each ASCII letter and digit
/// (file order), the ASCII prototype of each confusable code point, and the script of each code point range.
/// </summary>
internal sealed record ConfusableData(
    Dictionary<char, string[]> Lookalikes,
    Dictionary<int, char> Prototypes,
    int[] ScriptStarts,
    int[] ScriptEnds,
    UnicodeScript[] Scripts);
