namespace Vigie.Core.Matching;

/// <summary>Reads a shipped one-entry-a-line list, skipping blank lines and "#" comments.</summary>
internal static class EmbeddedList
{
    public static string[] Read(string name)
    {
        using var stream = EmbeddedData.Open(name);
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                entries.Add(entry);
            }
        }

        return [.. entries];
    }
}
