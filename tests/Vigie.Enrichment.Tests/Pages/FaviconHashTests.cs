using System.Text;
using Vigie.Enrichment.Pages;
using Vigie.Enrichment.Tests.Support;

namespace Vigie.Enrichment.Tests.Pages;

public sealed class FaviconHashTests
{
    [Fact]
    public void Of_LongIcon_HashesBase64InLinesOf76AsShodanDoes()
    {
        var icon = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray();
        var base64 = Convert.ToBase64String(icon);

        var hash = FaviconHash.Of(icon);

        // 100 bytes are 136 base64 characters: one full line of 76, one of 60, each ending in a newline.
        var lines = $"{base64[..76]}\n{base64[76..]}\n";
        Assert.Equal(MurmurHash3.Hash32(Encoding.ASCII.GetBytes(lines)), hash.Mmh3);
        Assert.Null(hash.PHash);
    }

    [Fact]
    public void SamePicture_SameImageAsPngAndAsIcoBitmap_TrueButNotSameBytes()
    {
        var disc = TestImages.Disc(32);
        var png = FaviconHash.Of(TestImages.RgbPng(32, 32, disc));
        var ico = FaviconHash.Of(TestImages.Ico(32, 32, TestImages.Bitmap32(32, 32, disc)));

        Assert.True(png.SamePicture(ico));
        Assert.False(png.SameBytes(ico));
    }

    [Fact]
    public void SamePicture_DifferentPictures_False()
    {
        var disc = TestImages.Disc(32);
        var inverted = disc.Select(b => (byte)(255 - b)).ToArray();

        Assert.False(FaviconHash.Of(TestImages.RgbPng(32, 32, disc)).SamePicture(FaviconHash.Of(TestImages.RgbPng(32, 32, inverted))));
    }
}
