using Vigie.Core.Matching;
using Vigie.Core.Watchlists;

namespace Vigie.Core.Tests.Matching;

public sealed class MatcherTests
{
    private static readonly Matcher EnMarche = Matcher.Build(
        Watchlist.Empty with
        {
            Domains = ["en-marche.fr", "metamask.io", "myetherwallet.com", "example.com"],
            Subdomains = ["onedrive.en-marche.fr"],
            Services = ["actblue.com"],
            Brands = ["Macron"],
            Allowlist = ["metamask-friends.org"],
        },
        MatcherOptions.Default with { MinScore = 0 });

    [Theory]
    [InlineData("metamsk.io", "metamask.io", Technique.Omission)]
    [InlineData("metamassk.io", "metamask.io", Technique.Repetition)]
    [InlineData("metamaxsk.io", "metamask.io", Technique.Insertion)]
    [InlineData("metamasks.io", "metamask.io", Technique.Addition)]
    [InlineData("metanask.io", "metamask.io", Technique.Replacement)]
    [InlineData("metmaask.io", "metamask.io", Technique.Transposition)]
    [InlineData("metamesk.io", "metamask.io", Technique.VowelSwap)]
    [InlineData("metamack.io", "metamask.io", Technique.Bitsquatting)]
    [InlineData("myetherwalet.com", "myetherwallet.com", Technique.Omission)]
    [InlineData("metamask.com", "metamask.io", Technique.TldSwap)]
    [InlineData("rnetamask.io", "metamask.io", Technique.Homoglyph)]
    [InlineData("xn--metmask-4fg.io", "metamask.io", Technique.Homoglyph)]
    [InlineData("myetherwallèt.com", "myetherwallet.com", Technique.Homoglyph)]
    [InlineData("metаmask.io", "metamask.io", Technique.MixedScripts)]
    [InlineData("enmarche.fr", "en-marche.fr", Technique.Hyphenation)]
    [InlineData("meta-mask.io", "metamask.io", Technique.Hyphenation)]
    [InlineData("onedrive-en-marche.fr", "onedrive.en-marche.fr", Technique.DotToHyphen)]
    [InlineData("en-marche-fr.com", "en-marche.fr", Technique.DotToHyphen)]
    [InlineData("metamask-wallet-login.xyz", "metamask.io", Technique.Combosquatting)]
    [InlineData("metamsklogin.com", "metamask.io", Technique.Combosquatting)]
    [InlineData("meta-mask-wallet.online", "metamask.io", Technique.Hyphenation)]
    [InlineData("restore-meta-mask-page.com", "metamask.io", Technique.Combosquatting)]
    [InlineData("secure-metamsk.com", "metamask.io", Technique.Omission)]
    [InlineData("metamask.io.secure-login.xyz", "metamask.io", Technique.SubdomainImpersonation)]
    [InlineData("en-marche.fr-verify.info", "en-marche.fr", Technique.SubdomainImpersonation)]
    [InlineData("examplecom-secure-login.net", "example.com", Technique.BrandWithSuffix)]
    [InlineData("metamaskio.net", "metamask.io", Technique.BrandWithSuffix)]
    [InlineData("myethe.rwallet.com", "myetherwallet.com", Technique.DotInsertion)]
    [InlineData("macron2027.fr", "Macron", Technique.Combosquatting)]
    [InlineData("actblue-donate.com", "actblue.com", Technique.Combosquatting)]
    [InlineData("metamask-login.netlify.app", "metamask.io", Technique.Combosquatting)]
    [InlineData("myetherumwallt.com", "myetherwallet.com", Technique.Insertion)]
    [InlineData("myettherrwallett.com", "myetherwallet.com", Technique.Repetition)]
    [InlineData("myethereumwallet.com", "myetherwallet.com", Technique.Insertion)]
    [InlineData("myethereum-wallet.su", "myetherwallet.com", Technique.Insertion)]
    [InlineData("myetherumwalket.com", "myetherwallet.com", Technique.Replacement)]
    [InlineData("myetherumawllet.com", "myetherwallet.com", Technique.Transposition)]
    [InlineData("myethevvallel.com", "myetherwallet.com", Technique.Homoglyph)]
    [InlineData("etherwallets.info", "myetherwallet.com", Technique.Addition)]
    [InlineData("localetherwallet.net", "myetherwallet.com", Technique.Combosquatting)]
    [InlineData("myetherwalet.heliohost.org", "myetherwallet.com", Technique.SubdomainImpersonation)]
    [InlineData("metamask.typeform.com", "metamask.io", Technique.SubdomainImpersonation)]
    public void TryMatch_Imitation_ReportsTargetAndTechnique(string name, string target, string technique)
    {
        Assert.True(EnMarche.TryMatch(name, out var match), name);
        Assert.Equal(target, match!.Target);
        Assert.Contains(technique, match.Techniques);
        Assert.InRange(match.Score, 1, 100);
        Assert.EndsWith(".", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-marche.fr")]
    [InlineData("onedrive.en-marche.fr")]
    [InlineData("www.metamask.io")]
    [InlineData("secure.actblue.com")]
    [InlineData("metamask-friends.org")]
    [InlineData("shop.metamask-friends.org")]
    [InlineData("google.com")]
    [InlineData("bluestone.com")]
    [InlineData("marche.fr")]
    [InlineData("macaroni.com")]
    [InlineData("walletconnect.com")]
    [InlineData("typeform.com")]
    [InlineData("metaxyzmask.io")]
    public void TryMatch_AssetAllowedOrUnrelated_ReportsNothing(string name)
    {
        Assert.False(EnMarche.TryMatch(name, out var match), match?.Explanation);
    }

    [Fact]
    public void TryMatch_DotToHyphen_ExplainsInPlainWords()
    {
        Assert.True(EnMarche.TryMatch("onedrive-en-marche.fr", out var match));
        Assert.Equal("The dot in onedrive.en-marche.fr was replaced by a hyphen: onedrive-en-marche.fr.", match!.Explanation);
    }

    [Fact]
    public void TryMatch_PlainLettersStandingForOthers_IsAHomoglyph()
    {
        var matcher = Matcher.Build(Watchlist.Empty with { Domains = ["dfinity.org"] }, MatcherOptions.Default);

        Assert.True(matcher.TryMatch("dflnlty.org", out var match));
        Assert.Equal("dflnlty.org imitates dfinity.org with look-alike characters ('l' for 'i').", match!.Explanation);
    }

    [Fact]
    public void TryMatch_ChunkSlippedIntoALongLabel_IsToldAsOneChunk()
    {
        Assert.True(EnMarche.TryMatch("myetherumwalket.com", out var match));
        Assert.Equal(
            "myetherumwalket.com imitates myetherwallet.com: the letters 'um' were slipped in and 'l' was replaced by 'k'.",
            match!.Explanation);
    }

    [Fact]
    public void TryMatch_UnicodeInput_ReportsAsciiNameAndNamesTheScript()
    {
        Assert.True(EnMarche.TryMatch("metаmask.io", out var match));
        Assert.Equal("xn--metmask-4fg.io", match!.Name);
        Assert.Contains("Cyrillic", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a domain")]
    [InlineData("com")]
    [InlineData("a..b.com")]
    [InlineData("\0\0\0")]
    public void Check_NotADomain_IsUnparsable(string name)
    {
        Assert.Equal(MatchStatus.Unparsable, EnMarche.Check(name, out _));
    }

    [Fact]
    public void Check_UpperCaseUrl_IsParsedLikeTheName()
    {
        Assert.Equal(MatchStatus.Matched, EnMarche.Check("https://MetaMsk.IO/login", out var match));
        Assert.Equal("metamsk.io", match!.Name);
    }

    [Fact]
    public void Build_PopularAllowlistOff_ReportsPopularLookalike()
    {
        var watch = Watchlist.Empty with { Domains = ["gooogle.net"] };
        Assert.False(Matcher.Build(watch, MatcherOptions.Default with { MinScore = 0 }).TryMatch("google.com", out _));
        Assert.True(Matcher.Build(watch, new MatcherOptions(UsePopularAllowlist: false, MinScore: 0)).TryMatch("google.com", out _));
    }

    [Fact]
    public void TryMatch_BelowMinScore_ReportsNothing()
    {
        var strict = Matcher.Build(Watchlist.Empty with { Domains = ["metamask.io"] }, MatcherOptions.Default with { MinScore = 100 });
        Assert.False(strict.TryMatch("metamsk.io", out _));
    }
}
