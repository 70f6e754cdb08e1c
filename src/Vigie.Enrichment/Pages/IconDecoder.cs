using System.Buffers.Binary;

namespace Vigie.Enrichment.Pages;

/// <summary>
/// Reads a site icon to luminance for its perceptual hash: a PNG, or a Windows ICO file (its largest image, stored
/// as PNG or as a 24- or 32-bit uncompressed bitmap). Anything else, or anything malformed, is no image: the exact
/// hashes still identify the icon.
/// </summary>
internal static class IconDecoder
{
    private const int MaxSide = 1024;

    public static GrayImage? TryDecode(ReadOnlySpan<byte> icon)
    {
        try
        {
            return icon.Length >= 8 && icon[..8].SequenceEqual(PngSignature) ? PngDecoder.DecodeGray(icon) : Ico(icon);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or EndOfStreamException)
        {
            return null;
        }
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>ICONDIR and ICONDIRENTRY as Microsoft documents them ("Icons", Win32 docs): 6 bytes, then 16 per image.</summary>
    private static GrayImage? Ico(ReadOnlySpan<byte> ico)
    {
        if (ico.Length < 6 || BinaryPrimitives.ReadUInt16LittleEndian(ico) != 0 || BinaryPrimitives.ReadUInt16LittleEndian(ico[2..]) != 1)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadUInt16LittleEndian(ico[4..]);
        (int Area, int Offset, int Length)? best = null;
        for (var i = 0; i < count && 6 + (16 * (i + 1)) <= ico.Length; i++)
        {
            var entry = ico.Slice(6 + (16 * i), 16);
            // A width or height byte of 0 means 256.
            var area = (entry[0] == 0 ? 256 : entry[0]) * (entry[1] == 0 ? 256 : entry[1]);
            var length = BinaryPrimitives.ReadInt32LittleEndian(entry[8..]);
            var offset = BinaryPrimitives.ReadInt32LittleEndian(entry[12..]);
            if (length > 0 && offset > 0 && (long)offset + length <= ico.Length && (best is null || area > best.Value.Area))
            {
                best = (area, offset, length);
            }
        }

        if (best is not { } image)
        {
            return null;
        }

        var data = ico.Slice(image.Offset, image.Length);
        return data.Length >= 8 && data[..8].SequenceEqual(PngSignature) ? PngDecoder.DecodeGray(data) : Bitmap(data);
    }

    /// <summary>A BITMAPINFOHEADER image as icons store it: height doubled (colour rows, then the AND mask), rows bottom-up, each padded to 4 bytes.</summary>
    private static GrayImage? Bitmap(ReadOnlySpan<byte> dib)
    {
        if (dib.Length < 40 || BinaryPrimitives.ReadInt32LittleEndian(dib) < 40 || BinaryPrimitives.ReadInt32LittleEndian(dib[16..]) != 0)
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32LittleEndian(dib[4..]);
        var height = BinaryPrimitives.ReadInt32LittleEndian(dib[8..]) / 2;
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(dib[14..]);
        if (width is <= 0 or > MaxSide || height is <= 0 or > MaxSide || bits is not (24 or 32))
        {
            return null;
        }

        var bytes = bits / 8;
        var stride = ((width * bytes) + 3) & ~3;
        var pixels = dib[BinaryPrimitives.ReadInt32LittleEndian(dib)..];
        if (pixels.Length < stride * height)
        {
            return null;
        }

        var gray = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var row = pixels.Slice((height - 1 - y) * stride, stride);
            for (var x = 0; x < width; x++)
            {
                // Stored blue, green, red (and alpha).
                gray[(y * width) + x] = PngDecoder.Luma(row[(x * bytes) + 2], row[(x * bytes) + 1], row[x * bytes]);
            }
        }

        return new GrayImage(width, height, gray);
    }
}
