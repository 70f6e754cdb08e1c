namespace Vigie.Sources.Zones;

/// <summary>
/// Streams the delegated names out of a zone file in the form ICANN's CZDS publishes (RFC 1035 §5 master
/// file, one record per line, absolute owner names): the owners of NS records other than the zone apex
/// (the SOA owner), lower-case, without the trailing dot. Glue and DNSSEC records are skipped; a name with
/// several NS records comes out as many times (the sorter removes repeats). Gzip is read as is.
/// </summary>
internal static class ZoneFileReader
{
    public static IEnumerable<string> DelegatedNames(Stream zone)
    {
        using var reader = new StreamReader(Feeds.TextStreams.Decompressing(zone));
        string? apex = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] is ';' or '$' or ' ' or '\t')
            {
                continue; // comments, $ORIGIN/$TTL, continuation lines: CZDS files have none that delegate
            }

            var fields = line.Split([' ', '\t'], 6, StringSplitOptions.RemoveEmptyEntries);
            var type = TypeOf(fields);
            if (type is null)
            {
                continue;
            }

            var owner = fields[0].TrimEnd('.').ToLowerInvariant();
            if (type.Equals("SOA", StringComparison.OrdinalIgnoreCase))
            {
                apex ??= owner;
            }
            else if (type.Equals("NS", StringComparison.OrdinalIgnoreCase) && owner != apex && owner.Length > 0)
            {
                yield return owner;
            }
        }
    }

    // owner [TTL] [class] type rdata, TTL and class in either order (RFC 1035 §5.1).
    private static string? TypeOf(string[] fields)
    {
        for (var i = 1; i < Math.Min(fields.Length, 4); i++)
        {
            var field = fields[i];
            if (char.IsAsciiDigit(field[0]) || field.Equals("IN", StringComparison.OrdinalIgnoreCase) || field.Equals("CH", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return field;
        }

        return null;
    }
}
