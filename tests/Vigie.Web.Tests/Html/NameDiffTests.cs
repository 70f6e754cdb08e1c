using Vigie.Web.Html;

namespace Vigie.Web.Tests.Html;

public sealed class NameDiffTests
{
    [Theory]
    [InlineData("en-marhce.fr", "en-marche.fr", "en-mar<mark>hc</mark>e.fr")]
    [InlineData("onedrive-en-marche.fr", "en-marche.fr", "<mark>onedrive-</mark>en-marche.fr")]
    [InlineData("en-marché.fr", "en-marche.fr", "en-march<mark>é</mark>.fr")]
    [InlineData("en-mache.fr", "en-marche.fr", "en-mache.fr")]
    [InlineData("en-marche.fr", "en-marche.fr", "en-marche.fr")]
    [InlineData("<b>x.fr", "x.fr", "<mark>&lt;b&gt;</mark>x.fr")]
    public void Highlight_Name_MarksTheCharactersThatDiffer(string name, string target, string expected) =>
        Assert.Equal(expected, NameDiff.Highlight(name, target).Markup);
}
