using System.IO.Compression;

namespace Vigie.Sources.Feeds;

/// <summary>Opens lists and zone files whether or not they are gzip-compressed (RFC 1952 magic 1f 8b), without reading them whole.</summary>
internal static class TextStreams
{
    /// <param name="stream">a seekable stream (a file; downloads are saved to a temporary file first)</param>
    public static Stream Decompressing(Stream stream)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("a seekable stream is needed to tell gzip from plain text", nameof(stream));
        }

        var start = stream.Position;
        var first = stream.ReadByte();
        var second = stream.ReadByte();
        stream.Position = start;
        return first == 0x1f && second == 0x8b ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }
}
