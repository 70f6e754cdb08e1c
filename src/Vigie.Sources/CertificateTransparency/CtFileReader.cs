using System.Text;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Reads the entries of a saved CT file, telling the format from its content: a get-entries JSON body
/// (a JSON object), a names tile (JSON lines), or a binary data tile; any of them may be gzip-compressed.
/// A tile's first index comes from its path (".../tile/data/x001/234") when present.
/// </summary>
internal static class CtFileReader
{
    /// <param name="path">the file</param>
    /// <param name="start">the index of the first entry; by default taken from the tile path, or 0 for get-entries</param>
    public static List<CtEntry> Read(string path, long? start)
    {
        var bytes = Compression.InflateIfGzip(File.ReadAllBytes(path));
        var firstIndex = start ?? TilePath.TileNumber(path) * TilePath.Width;
        var text = bytes.AsSpan().TrimStart(" \t\r\n"u8);
        if (text.IsEmpty)
        {
            throw new CtFormatException($"{path}: empty file");
        }

        if (text[0] == (byte)'{')
        {
            var firstLine = text.IndexOf((byte)'\n') is var nl and >= 0 ? text[..nl] : text;
            return Encoding.UTF8.GetString(firstLine).Contains("\"Timestamp\"", StringComparison.Ordinal)
                ? NamesTileReader.Read(bytes, firstIndex ?? 0)
                : GetEntriesParser.Parse(bytes, firstIndex ?? 0);
        }

        return DataTileReader.Read(bytes, firstIndex);
    }
}
