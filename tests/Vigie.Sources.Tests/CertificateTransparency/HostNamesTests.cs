using Vigie.Sources.CertificateTransparency;

namespace Vigie.Sources.Tests.CertificateTransparency;

public sealed class HostNamesTests
{
    [Theory]
    [InlineData("*.Example.COM", "example.com")]
    [InlineData("login.example.com.", "login.example.com")]
    [InlineData("münchen.example", "xn--mnchen-3ya.example")]
    [InlineData("Example Corp", null)]
    [InlineData("localhost", null)]
    [InlineData("192.0.2.1", null)]
    [InlineData("a..b.com", null)]
    [InlineData("a.b\u0000.com", null)]
    public void Normalize_RawName_MatcherForm(string raw, string? expected)
    {
        Assert.Equal(expected, HostNames.Normalize(raw));
    }

    [Theory]
    [InlineData("xn--mnchen-3ya.example", "münchen.example")]
    [InlineData("login.example.com", "login.example.com")]
    [InlineData("xn--zz.example", "xn--zz.example")]
    public void ToDisplay_AsciiName_UnicodeWhenValid(string ascii, string expected)
    {
        Assert.Equal(expected, HostNames.ToDisplay(ascii));
    }
}
