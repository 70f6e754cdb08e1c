namespace Vigie.Core.Unicode;

/// <summary>Sorted, non-overlapping code point ranges with their script, searched by bisection.</summary>
internal sealed class ScriptRanges(int[] starts, int[] ends, UnicodeScript[] scripts)
{
    public int Count => starts.Length;

    public UnicodeScript Find(int codePoint)
    {
        var i = Array.BinarySearch(starts, codePoint);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return i >= 0 && codePoint <= ends[i] ? scripts[i] : UnicodeScript.Unknown;
    }
}
