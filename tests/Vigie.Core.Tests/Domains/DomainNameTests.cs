using Vigie.Core.Domains;

namespace Vigie.Core.Tests.Domains;

public sealed class DomainNameTests
{
    [Theory]
    [InlineData("onedrive.en-marche.fr", "onedrive", "en-marche", "fr")]
    [InlineData("EN-MARCHE.FR.", "", "en-marche", "fr")]
    [InlineData("https://user@login.example.co.uk:8443/path?q=1#x", "login", "example", "co.uk")]
    [InlineData("example.com:8080", "", "example", "com")]
    [InlineData("alice.github.io", "", "alice", "github.io")]
    [InlineData("shop.bob.blogspot.com", "shop", "bob", "blogspot.com")]
    [InlineData("a.b.c.example.org", "a.b.c", "example", "org")]
    public void Parse_PastedForms_SplitsBySuffixList(string input, string subdomain, string label, string suffix)
    {
        var name = DomainName.Parse(input);
        Assert.Equal((subdomain, label, suffix), (name.Subdomain, name.Label, name.Suffix));
        Assert.True(name.SuffixIsListed);
    }

    [Fact]
    public void Parse_UnicodeName_GivesPunycodeAndUnicode()
    {
        var name = DomainName.Parse("Pаypal.com"); // Cyrillic 'а'
        Assert.Equal("xn--pypal-4ve.com", name.Ascii);
        Assert.Equal("pаypal.com", name.Unicode);
    }

    [Fact]
    public void Parse_Punycode_GivesUnicodeForDisplay()
    {
        var name = DomainName.Parse("xn--fa-hia.de");
        Assert.Equal("faß.de", name.Unicode);
        Assert.Equal("xn--fa-hia", name.Label);
    }

    [Fact]
    public void Parse_Wildcard_IsStrippedAndFlagged()
    {
        var name = DomainName.Parse("*.secure.example.org");
        Assert.True(name.IsWildcard);
        Assert.Equal("secure.example.org", name.Ascii);
    }

    [Fact]
    public void Parse_UnknownTld_IsParsedButNotListed()
    {
        var name = DomainName.Parse("en-marche.notatld");
        Assert.False(name.SuffixIsListed);
        Assert.Equal("en-marche.notatld", name.RegistrableDomain);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("192.0.2.1", "IP address")]
    [InlineData("[2001:db8::1]", "IP address")]
    [InlineData("2001:db8::1", "IP address")]
    [InlineData("com", "public suffix")]
    [InlineData("co.uk", "public suffix")]
    [InlineData("localhost", "single label")]
    [InlineData("exa mple.com", "' '")]
    [InlineData("exa$mple.com", "'$'")]
    [InlineData("-example.com", "hyphen")]
    [InlineData("ab--cd.com", "3rd and 4th")]
    [InlineData("a..example.com", "empty label")]
    [InlineData("xn--zz-zzzzzzzz.com", "punycode")]
    [InlineData("my_site.com", "'_'")]
    [InlineData("example.123", "all-numeric")]
    public void Parse_NotADomain_ThrowsOneLineReason(string input, string reason)
    {
        var e = Assert.Throws<DomainNameException>(() => DomainName.Parse(input));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Parse_LongerThan253_Throws()
    {
        var input = string.Join('.', Enumerable.Repeat(new string('a', 60), 5)) + ".com";
        var e = Assert.Throws<DomainNameException>(() => DomainName.Parse(input));
        Assert.Contains("253", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LabelLongerThan63_Throws()
    {
        var e = Assert.Throws<DomainNameException>(() => DomainName.Parse(new string('a', 64) + ".com"));
        Assert.Contains("63", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnderscoreInSubdomain_IsAccepted()
    {
        Assert.Equal("_dmarc", DomainName.Parse("_dmarc.example.org").Subdomain);
    }

    [Fact]
    public void TryParse_Invalid_ReturnsErrorWithoutThrowing()
    {
        Assert.False(DomainName.TryParse("not a domain", out var name, out var error));
        Assert.Null(name);
        Assert.NotNull(error);
    }
}
