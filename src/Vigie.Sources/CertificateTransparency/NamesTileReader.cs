using System.Text;
using System.Text.Json;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Reads a Sunlight names tile: one JSON line per entry of the matching data tile, in order, with the names
/// already extracted by the log. A tenth of a data tile's size, it is what a monitor that only needs names
/// fetches; no leaf hash can be checked from it, so verification stays on the data tiles.
/// </summary>
internal static class NamesTileReader
{
    public static List<CtEntry> Read(byte[] tile, long firstIndex)
    {
        var data = Compression.InflateIfGzip(tile);
        var entries = new List<CtEntry>(256);
        foreach (var line in Encoding.UTF8.GetString(data).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var index = firstIndex + entries.Count;
            NamesTileLine? parsed;
            try
            {
                parsed = JsonSerializer.Deserialize(line, CtJsonContext.Default.NamesTileLine);
            }
            catch (JsonException e)
            {
                throw new CtFormatException($"names tile entry {index}: {e.Message}", e);
            }

            if (parsed is null)
            {
                throw new CtFormatException($"names tile entry {index}: null line");
            }

            var names = new List<string>();
            if (parsed.Subject?.CommonName is { } cn)
            {
                HostNames.AddDistinct(names, cn);
            }

            foreach (var dns in parsed.Dns ?? [])
            {
                HostNames.AddDistinct(names, dns);
            }

            entries.Add(new CtEntry(index, parsed.Timestamp, null, names, []));
        }

        return entries;
    }
}
