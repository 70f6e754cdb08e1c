using Vigie.Enrichment.Pages;
using Vigie.Enrichment.Tests.Support;

namespace Vigie.Enrichment.Tests.Pages;

public sealed class PngDecoderTests
{
    [Fact]
    public void DecodeGray_EveryFilterType_SamePixels()
    {
        // One RGB row per filter type (None, Sub, Up, Average, Paeth), each encoding the same colours.
        byte[][] rows = [[10, 20, 30, 200, 100, 50, 0, 255, 128]];
        var png = TestImages.Png(3, 5, 2, Filtered(rows[0], 5, 3));

        var image = PngDecoder.DecodeGray(png);

        Assert.Equal((3, 5), (image.Width, image.Height));
        for (var y = 0; y < 5; y++)
        {
            Assert.Equal([Luma(10, 20, 30), Luma(200, 100, 50), Luma(0, 255, 128)], [image[0, y], image[1, y], image[2, y]]);
        }
    }

    [Fact]
    public void DecodeGray_NotAPng_Throws() =>
        Assert.Throws<InvalidDataException>(() => PngDecoder.DecodeGray("GIF89a"u8));

    [Fact]
    public void DecodeGray_HeaderClaimingBillionsOfPixels_ThrowsBeforeAllocating()
    {
        var png = TestImages.Png(100_000, 100_000, 6, []);

        var error = Assert.Throws<InvalidDataException>(() => PngDecoder.DecodeGray(png));
        Assert.Contains("outside the accepted size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeGray_TruncatedChunk_Throws()
    {
        var png = TestImages.Png(2, 2, 2, Filtered([1, 2, 3, 4, 5, 6], 2, 3));

        Assert.Throws<InvalidDataException>(() => PngDecoder.DecodeGray(png.AsSpan(0, png.Length - 20)));
    }

    [Fact]
    public void DecodeGray_PaletteImage_LuminanceOfEachIndexedColour()
    {
        byte[] palette = [255, 0, 0, 0, 0, 255, 250, 250, 250];
        var png = TestImages.Png(3, 1, 3, [0, 2, 0, 1], palette);

        var image = PngDecoder.DecodeGray(png);

        Assert.Equal([Luma(250, 250, 250), Luma(255, 0, 0), Luma(0, 0, 255)], [image[0, 0], image[1, 0], image[2, 0]]);
    }

    [Fact]
    public void DecodeGray_PaletteImageWithoutPalette_Throws() =>
        Assert.Throws<InvalidDataException>(() => PngDecoder.DecodeGray(TestImages.Png(1, 1, 3, [0, 0])));

    private static byte Luma(int r, int g, int b) => (byte)(((r * 299) + (g * 587) + (b * 114)) / 1000);

    /// <summary>The same row repeated, row y written with filter y % 5, computed from the unfiltered bytes.</summary>
    private static byte[] Filtered(byte[] row, int height, int bpp)
    {
        var output = new List<byte>();
        var previous = new byte[row.Length];
        for (var y = 0; y < height; y++)
        {
            var filter = (byte)(y % 5);
            output.Add(filter);
            for (var i = 0; i < row.Length; i++)
            {
                int a = i >= bpp ? row[i - bpp] : 0, b = previous[i], c = i >= bpp ? previous[i - bpp] : 0;
                var predictor = filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                };
                output.Add((byte)(row[i] - predictor));
            }

            previous = row;
        }

        return [.. output];
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
