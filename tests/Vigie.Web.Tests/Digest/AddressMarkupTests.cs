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

    [Fact]
    public void Sentence_MatcherExplanation_EveryDomainDefangedButTheGenuine()
    {
        Assert.Equal("the dot in onedrive[.]en-marche[.]fr was replaced by a hyphen: onedrive-en-marche[.]fr",
            Defang.Sentence("the dot in onedrive.en-marche.fr was replaced by a hyphen: onedrive-en-marche.fr", "en-marche.fr"));
        Assert.Equal("paypa1[.]com imitates paypal.com", Defang.Sentence("paypa1.com imitates paypal.com", "paypal.com"));
    }
}
