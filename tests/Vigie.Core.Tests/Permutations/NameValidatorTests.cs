using Vigie.Core.Permutations;

namespace Vigie.Core.Tests.Permutations;

public sealed class NameValidatorTests
{
    [Theory]
    [InlineData("en-marche.fr", "en-marche.fr")]
    [InlineData("en-marché.fr", "xn--en-march-i1a.fr")]
    [InlineData("раураӏ.com", "xn--80aa0cbo65f.com")]
    [InlineData("paypax\u0301.com", "xn--paypax-nxd.com")] // a combining mark NFC leaves as it is
    public void TryNormalize_ValidName_GivesAsciiForm(string name, string ascii)
    {
        Assert.True(NameValidator.TryNormalize(name, out var result));
        Assert.Equal(ascii, result);
    }

    [Theory]
    [InlineData("-enmarche.fr")]          // hyphen first
    [InlineData("enmarche-.fr")]          // hyphen last
    [InlineData("en--marche.fr")]         // "--" in 3rd and 4th position, reserved (RFC 5891 §4.2.3.1)
    [InlineData("xn--abc.fr")]            // an A-label no technique can produce
    [InlineData("en_marche.fr")]
    [InlineData("fr")]                    // one label
    [InlineData("en-marc\u0301he.fr")]    // not NFC: UTS 46 would change it
    [InlineData("\u1100\u1161bc.com")]    // Hangul jamo that NFC composes into one syllable
    [InlineData("paypaſ.com")]            // long s: UTS 46 maps it to "s"
    [InlineData("en-marchɑ.fr")]          // AFNIC does not register ɑ
    [InlineData("pаypal.com")]            // Cyrillic а among Latin letters: Verisign refuses mixed scripts
    [InlineData("exämple.co.uk")]         // Nominet has no IDN
    public void TryNormalize_UnregistrableName_ReturnsFalse(string name)
    {
        Assert.False(NameValidator.TryNormalize(name, out _));
    }

    [Fact]
    public void TryNormalize_LabelOf64Characters_ReturnsFalse()
    {
        Assert.False(NameValidator.TryNormalize(new string('a', 64) + ".com", out _));
        Assert.True(NameValidator.TryNormalize(new string('a', 63) + ".com", out _));
    }

    [Fact]
    public void TryNormalize_NameLongerThan253_ReturnsFalse()
    {
        var name = string.Join('.', Enumerable.Repeat(new string('a', 62), 4)) + ".com"; // 4*63 + 3 = 255

        Assert.False(NameValidator.TryNormalize(name, out _));
    }
}
