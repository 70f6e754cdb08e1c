namespace Vigie.Sources.Zones;

/// <summary>Compares two sorted, repeat-free name files in one pass (a merge join), in constant memory.</summary>
internal static class SortedDiff
{
    public static IEnumerable<ZoneChange> Changes(string yesterdaySorted, string todaySorted)
    {
        using var old = new StreamReader(yesterdaySorted);
        using var now = new StreamReader(todaySorted);
        var a = old.ReadLine();
        var b = now.ReadLine();
        while (a is not null || b is not null)
        {
            var order = a is null ? 1 : b is null ? -1 : string.CompareOrdinal(a, b);
            if (order == 0)
            {
                a = old.ReadLine();
                b = now.ReadLine();
            }
            else if (order < 0)
            {
                yield return new ZoneChange(a!, Added: false);
                a = old.ReadLine();
            }
            else
            {
                yield return new ZoneChange(b!, Added: true);
                b = now.ReadLine();
            }
        }
    }
}
