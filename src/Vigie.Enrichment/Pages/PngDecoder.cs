using System.Buffers.Binary;
using System.IO.Compression;

namespace Vigie.Enrichment.Pages;

/// <summary>
/// Decodes the PNGs Chromium writes (8-bit grey, RGB or RGBA, grey+alpha, not interlaced), and the 8-bit palette
/// images site icons often are, to luminance, following
/// the PNG specification (W3C, 3rd edition) §7 filters and §11 chunks. Hand-written to avoid an image library:
/// SixLabors.ImageSharp 2.1.x carries published vulnerabilities and 3.x is not free for every user.
/// Dimensions are bounded before any allocation, so a hostile file cannot ask for gigabytes.
/// </summary>
internal static class PngDecoder
{
    public const long MaxPixels = 64L * 1024 * 1024;

    /// <summary>Colour type 3: one byte per pixel, an index into the PLTE chunk.</summary>
    private const int Indexed = -1;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static GrayImage DecodeGray(ReadOnlySpan<byte> png)
    {
        if (png.Length < 8 || !png[..8].SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }

        int width = 0, height = 0, channels = 0;
        byte[]? palette = null;
        using var idat = new MemoryStream();
        var offset = 8;
        while (offset + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png[offset..]);
            if (length < 0 || offset + 12L + length > png.Length)
            {
                throw new InvalidDataException("truncated PNG chunk");
            }

            var type = png.Slice(offset + 4, 4);
            var data = png.Slice(offset + 8, length);
            if (type.SequenceEqual("IHDR"u8))
            {
                (width, height, channels) = Header(data);
            }
            else if (type.SequenceEqual("PLTE"u8))
            {
                palette = PaletteLuma(data);
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                idat.Write(data);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                break;
            }

            offset += 12 + length;
        }

        if (channels == 0)
        {
            throw new InvalidDataException("PNG without a header");
        }

        if (channels == Indexed && palette is null)
        {
            throw new InvalidDataException("palette PNG without a palette");
        }

        idat.Position = 0;
        using var inflated = new ZLibStream(idat, CompressionMode.Decompress);
        // RGB images may carry a suggested palette (§11.2.3) that their pixels do not index.
        return Unfilter(inflated, width, height, channels, channels == Indexed ? palette : null);
    }

    private static (int Width, int Height, int Channels) Header(ReadOnlySpan<byte> data)
    {
        var width = BinaryPrimitives.ReadInt32BigEndian(data);
        var height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
        int bitDepth = data[8], colourType = data[9], interlace = data[12];
        if (width <= 0 || height <= 0 || (long)width * height > MaxPixels)
        {
            throw new InvalidDataException($"PNG of {width}×{height} pixels is outside the accepted size");
        }

        if (bitDepth != 8 || interlace != 0)
        {
            throw new InvalidDataException($"unsupported PNG (bit depth {bitDepth}, interlace {interlace})");
        }

        var channels = colourType switch
        {
            0 => 1,
            2 => 3,
            3 => Indexed,
            4 => 2,
            6 => 4,
            _ => throw new InvalidDataException($"unsupported PNG colour type {colourType}"),
        };
        return (width, height, channels);
    }

    private static GrayImage Unfilter(Stream stream, int width, int height, int colourChannels, byte[]? palette)
    {
        var channels = colourChannels == Indexed ? 1 : colourChannels;
        var stride = width * channels;
        var previous = new byte[stride];
        var current = new byte[stride];
        var gray = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = stream.ReadByte();
            stream.ReadExactly(current);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? current[i - channels] : 0, b = previous[i], c = i >= channels ? previous[i - channels] : 0;
                current[i] += filter switch
                {
                    0 => 0,
                    1 => (byte)a,
                    2 => (byte)b,
                    3 => (byte)((a + b) / 2),
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"bad PNG filter {filter}"),
                };
            }

            for (var x = 0; x < width; x++)
            {
                var p = x * channels;
                gray[(y * width) + x] = palette is not null ? palette[current[p]]
                    : channels < 3 ? current[p]
                    : Luma(current[p], current[p + 1], current[p + 2]);
            }

            (previous, current) = (current, previous);
        }

        return new GrayImage(width, height, gray);
    }

    /// <summary>ITU-R BT.601 luma, as PIL's convert("L") which imagehash uses.</summary>
    public static byte Luma(int red, int green, int blue) => (byte)(((red * 299) + (green * 587) + (blue * 114)) / 1000);

    /// <summary>Each palette entry's luminance; indices past the palette's end read as black (§11.2.3 leaves them an error).</summary>
    private static byte[] PaletteLuma(ReadOnlySpan<byte> plte)
    {
        var luma = new byte[256];
        for (var i = 0; i < Math.Min(256, plte.Length / 3); i++)
        {
            luma[i] = Luma(plte[i * 3], plte[(i * 3) + 1], plte[(i * 3) + 2]);
        }

        return luma;
    }

    private static byte Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
    }
}
