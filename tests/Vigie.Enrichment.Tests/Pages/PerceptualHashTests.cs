using Vigie.Enrichment.Pages;

namespace Vigie.Enrichment.Tests.Pages;

public sealed class PerceptualHashTests
{
    [Fact]
    public void DHash_LeftToRightGradient_AllBitsSet()
    {
        var image = Image(300, 200, (x, _) => x * 255 / 299);

        Assert.Equal(ulong.MaxValue, PerceptualHash.DHash(image));
    }

    [Fact]
    public void DHash_RightToLeftGradient_NoBitSet()
    {
        var image = Image(300, 200, (x, _) => 255 - (x * 255 / 299));

        Assert.Equal(0UL, PerceptualHash.DHash(image));
    }

    [Fact]
    public void PHash_SameImageAtAnotherSize_NearlyIdentical()
    {
        static int Pattern(int x, int y, int w, int h) => (x * 4 / w) % 2 == (y * 3 / h) % 2 ? 30 : 220;
        var large = Image(1366, 768, (x, y) => Pattern(x, y, 1366, 768));
        var small = Image(683, 384, (x, y) => Pattern(x, y, 683, 384));

        Assert.InRange(PerceptualHash.Similarity(PerceptualHash.PHash(large), PerceptualHash.PHash(small)), 0.95, 1.0);
    }

    [Fact]
    public void PHash_InvertedImage_Dissimilar()
    {
        var image = Image(256, 256, (x, y) => (x ^ y) & 0xFF);
        var inverted = Image(256, 256, (x, y) => 255 - ((x ^ y) & 0xFF));

        Assert.InRange(PerceptualHash.Similarity(PerceptualHash.PHash(image), PerceptualHash.PHash(inverted)), 0, 0.5);
    }

    [Fact]
    public void Similarity_OneBitApart_SixtyThreeSixtyFourths() =>
        Assert.Equal(63 / 64.0, PerceptualHash.Similarity(0b1010, 0b1011));

    private static GrayImage Image(int width, int height, Func<int, int, int> value)
    {
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = (byte)value(x, y);
            }
        }

        return new GrayImage(width, height, pixels);
    }
}
