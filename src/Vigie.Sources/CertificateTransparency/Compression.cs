using System.IO.Compression;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Tiles may arrive gzip-compressed (static-ct-api §"Data tiles": served with Content-Encoding: gzip, and
/// saved that way by mirrors) or already inflated; the gzip magic (RFC 1952 §2.3.1) tells which.
/// </summary>
internal static class Compression
{
    public static bool IsGzip(ReadOnlySpan<byte> data) => data.Length >= 2 && data[0] == 0x1f && data[1] == 0x8b;

    public static byte[] InflateIfGzip(byte[] data)
    {
        if (!IsGzip(data))
        {
            return data;
        }

        try
        {
            using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream(data.Length * 4);
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new CtFormatException($"corrupt gzip data: {e.Message}", e);
        }
    }
}
