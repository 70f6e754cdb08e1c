using System.Buffers.Binary;
using System.IO.Compression;

namespace Vigie.Enrichment.Tests.Support;

/// <summary>Small images written by hand to the PNG (W3C, 3rd edition) and ICO layouts, for the decoders' tests and the lab's icons.</summary>
internal static class TestImages
{
    /// <summary>A PNG of 8-bit samples from already-filtered scanlines; a palette (RGB triplets) adds a PLTE chunk.</summary>
    public static byte[] Png(int width, int height, byte colourType, byte[] scanlines, byte[]? palette = null)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = colourType;
        Chunk(output, "IHDR", header);
        if (palette is not null)
        {
            Chunk(output, "PLTE", palette);
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(scanlines);
        }

        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>An RGB PNG of <paramref name="rgb"/> (width × height × 3 bytes, row by row), every row unfiltered.</summary>
    public static byte[] RgbPng(int width, int height, byte[] rgb) =>
        Png(width, height, 2, [.. Enumerable.Range(0, height).SelectMany(y => rgb.Skip(y * width * 3).Take(width * 3).Prepend((byte)0))]);

    /// <summary>A one-image ICO holding <paramref name="image"/> (PNG bytes, or a bitmap from <see cref="Bitmap32"/>).</summary>
    public static byte[] Ico(int width, int height, byte[] image)
    {
        var ico = new byte[6 + 16 + image.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(4), 1);
        ico[6] = (byte)(width % 256);
        ico[7] = (byte)(height % 256);
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(10), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(12), 32);
        BinaryPrimitives.WriteInt32LittleEndian(ico.AsSpan(14), image.Length);
        BinaryPrimitives.WriteInt32LittleEndian(ico.AsSpan(18), 22);
        image.CopyTo(ico, 22);
        return ico;
    }

    /// <summary>A 32-bit BITMAPINFOHEADER image as icons store it: height doubled, rows bottom-up, blue-green-red-alpha, then the AND mask.</summary>
    public static byte[] Bitmap32(int width, int height, byte[] rgb)
    {
        var maskStride = ((width + 31) / 32) * 4;
        var dib = new byte[40 + (width * height * 4) + (maskStride * height)];
        BinaryPrimitives.WriteInt32LittleEndian(dib, 40);
        BinaryPrimitives.WriteInt32LittleEndian(dib.AsSpan(4), width);
        BinaryPrimitives.WriteInt32LittleEndian(dib.AsSpan(8), height * 2);
        BinaryPrimitives.WriteUInt16LittleEndian(dib.AsSpan(12), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(dib.AsSpan(14), 32);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var source = ((y * width) + x) * 3;
                var target = 40 + ((((height - 1 - y) * width) + x) * 4);
                (dib[target], dib[target + 1], dib[target + 2], dib[target + 3]) = (rgb[source + 2], rgb[source + 1], rgb[source], 255);
            }
        }

        return dib;
    }

    /// <summary>A picture with structure (a light disc on a dark square), so its perceptual hash is not degenerate.</summary>
    public static byte[] Disc(int side)
    {
        var rgb = new byte[side * side * 3];
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                var inside = Math.Pow(x - (side / 2.0), 2) + Math.Pow(y - (side / 3.0), 2) < Math.Pow(side / 3.0, 2);
                var i = ((y * side) + x) * 3;
                (rgb[i], rgb[i + 1], rgb[i + 2]) = inside ? ((byte)240, (byte)200, (byte)40) : ((byte)20, (byte)40, (byte)120);
            }
        }

        return rgb;
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        output.Write(System.Text.Encoding.ASCII.GetBytes(type));
        output.Write(data);
        output.Write([0, 0, 0, 0]); // The decoder does not check CRCs: zlib's own checksum guards the pixels.
    }
}
