using Vigie.Sources.CertificateTransparency;

namespace Vigie.Sources.Feeds;

/// <summary>
/// Streams a newly-registered-domain list: one domain per line, or CSV whose first field is the domain
/// (the shapes the public NRD feeds use), gzip or not; blank lines, "#" comments and a header line that is
/// not a domain are skipped. Each line is numbered so a reader can resume where it stopped.
/// </summary>
internal static class NrdListReader
{
    public static IEnumerable<(long Line, string Name)> Read(Stream list)
    {
        using var reader = new StreamReader(TextStreams.Decompressing(list));
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.AsSpan().Trim();
            if (text.IsEmpty || text[0] == '#')
            {
                continue;
            }

            var end = text.IndexOfAny(',', ';', '\t');
            var field = (end < 0 ? text : text[..end]).Trim().Trim('"');
            if (HostNames.Normalize(field.ToString()) is { } name)
            {
                yield return (number, name);
            }
        }
    }
}
