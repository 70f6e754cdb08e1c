using Vigie.Web.Digest;

namespace Vigie.Web.Tests.Digest;

public sealed class AddressMarkupTests
{
    [Fact]
    public void Runs_DotToHyphen_InsertedLabelMarkedAndDotsDefanged()
    {
        var runs = AddressMarkup.Runs("onedrive-en-marche.fr", "en-marche.fr");

        Assert.Equal([("onedrive-", true), ("en-marche[.]fr", false)], runs);
        Assert.Equal("^^^^^^^^^", AddressMarkup.Carets(runs));
    }

    [Fact]
    public void Carets_SwappedLetters_UnderTheSwapOnly()
    {
        var runs = AddressMarkup.Runs("en-marhce.fr", "en-marche.fr");

        Assert.Equal("en-marhce[.]fr", string.Concat(runs.Select(r => r.Text)));
        Assert.Equal("      ^^", AddressMarkup.Carets(runs));
    }
}
