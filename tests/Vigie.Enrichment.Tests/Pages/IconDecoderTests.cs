using Vigie.Enrichment.Pages;
using Vigie.Enrichment.Tests.Support;

namespace Vigie.Enrichment.Tests.Pages;

public sealed class IconDecoderTests
{
    [Fact]
    public void TryDecode_IcoWithBitmap_RowsTopDownInLuminance()
    {
        byte[] rgb = [255, 255, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255];
        var ico = TestImages.Ico(2, 2, TestImages.Bitmap32(2, 2, rgb));

        var image = IconDecoder.TryDecode(ico)!;

        Assert.Equal((2, 2), (image.Width, image.Height));
        Assert.Equal([255, 0, PngDecoder.Luma(255, 0, 0), PngDecoder.Luma(0, 0, 255)], [image[0, 0], image[1, 0], image[0, 1], image[1, 1]]);
    }

    [Fact]
    public void TryDecode_IcoWithPng_DecodesThePng()
    {
        var ico = TestImages.Ico(2, 1, TestImages.RgbPng(2, 1, [0, 0, 0, 255, 255, 255]));

        var image = IconDecoder.TryDecode(ico)!;

        Assert.Equal([0, 255], [image[0, 0], image[1, 0]]);
    }

    [Theory]
    [InlineData("GIF89a, not an icon")]
    [InlineData("")]
    public void TryDecode_NotAnIcon_Null(string bytes) =>
        Assert.Null(IconDecoder.TryDecode(System.Text.Encoding.ASCII.GetBytes(bytes)));

    [Fact]
    public void TryDecode_IcoPointingPastItsEnd_Null()
    {
        var ico = TestImages.Ico(16, 16, TestImages.Bitmap32(16, 16, new byte[16 * 16 * 3]));

        Assert.Null(IconDecoder.TryDecode(ico.AsSpan(0, 100)));
    }

    [Fact]
    public void TryDecode_BitmapClaimingHugeSize_NullWithoutAllocating()
    {
        var dib = TestImages.Bitmap32(1, 1, [0, 0, 0]);
        BitConverter.GetBytes(1_000_000).CopyTo(dib, 4);

        Assert.Null(IconDecoder.TryDecode(TestImages.Ico(1, 1, dib)));
    }
}
