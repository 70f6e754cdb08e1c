namespace Vigie.Sources.Zones;

/// <summary>
/// Today-vs-yesterday for one zone: each day's delegated names are external-sorted to a temporary file,
/// then merge-joined; memory stays at one sort chunk whatever the zone's size.
/// </summary>
internal static class ZoneDiff
{
    public static IEnumerable<ZoneChange> Changes(string yesterdayZone, string todayZone, string temporaryFolder, int chunk = SortedNames.DefaultChunk)
    {
        var yesterday = Path.Combine(temporaryFolder, $"vigie-yesterday-{Guid.NewGuid():N}.txt");
        var today = Path.Combine(temporaryFolder, $"vigie-today-{Guid.NewGuid():N}.txt");
        try
        {
            SortZone(yesterdayZone, yesterday, temporaryFolder, chunk);
            SortZone(todayZone, today, temporaryFolder, chunk);
            foreach (var change in SortedDiff.Changes(yesterday, today))
            {
                yield return change;
            }
        }
        finally
        {
            File.Delete(yesterday);
            File.Delete(today);
        }
    }

    private static void SortZone(string zone, string sorted, string temporaryFolder, int chunk)
    {
        using var stream = File.OpenRead(zone);
        SortedNames.Write(ZoneFileReader.DelegatedNames(stream), sorted, temporaryFolder, chunk);
    }
}
