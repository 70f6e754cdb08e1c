using Vigie.Core.Matching;
using Vigie.Core.Watchlists;

namespace Vigie.Core.Tests.Matching;

/// <summary>
/// What issue 10 added to the matcher: stacked names on hyphenated brands, one slip of a 3-letter brand, and
/// look-alike letters swapped more than once; each told in a sentence, the weak ones below the default --min-score.
/// </summary>
public sealed class MatcherStackedAndWeakTests
{
    private static readonly Matcher Everything = Matcher.Build(
        WatchlistLoader.FromDomains(
            ["en-marche.fr", "mail.en-marche.fr", "onedrive.en-marche.fr", "kas.de", "paypal.com", "microsoftonline.com", "credit-agricole.fr", "mon.credit-agricole.fr"]),
        MatcherOptions.Default with { MinScore = 0 });

    [Theory]
    [InlineData("mail-en-march.fr", "mail.en-marche.fr", "mail-en-march.fr imitates mail.en-marche.fr: the dot became a hyphen and the letter 'e' was left out.")]
    [InlineData("onedrive-en-marhce.fr", "onedrive.en-marche.fr", "onedrive-en-marhce.fr imitates onedrive.en-marche.fr: the dot became a hyphen and the letters 'ch' were swapped.")]
    [InlineData("mon-credit-agricolx.fr", "mon.credit-agricole.fr", "mon-credit-agricolx.fr imitates mon.credit-agricole.fr: the dot became a hyphen and 'e' was replaced by 'x'.")]
    public void TryMatch_KnownSubdomainBeforeMisspeltBrand_ImitatesTheSubdomain(string name, string target, string explanation)
    {
        Assert.True(Everything.TryMatch(name, out var match), name);
        Assert.Equal(target, match!.Target);
        Assert.Equal(Technique.DotToHyphen, match.Techniques[0]);
        Assert.Equal(explanation, match.Explanation);
        Assert.InRange(match.Score, MatcherOptions.DefaultMinScore, 100);
    }

    [Theory]
    [InlineData("en-marhce-login.fr", Technique.Transposition)]
    [InlineData("login-en-mache.fr", Technique.Omission)]
    [InlineData("secure-en-mar-che.fr", Technique.Hyphenation)]
    public void TryMatch_ServiceWordBesideMisspeltHyphenatedBrand_IsReportedByDefault(string name, string technique)
    {
        Assert.True(Everything.TryMatch(name, out var match), name);
        Assert.Equal("en-marche.fr", match!.Target);
        Assert.Contains(technique, match.Techniques);
        Assert.InRange(match.Score, MatcherOptions.DefaultMinScore, 100);
    }

    [Theory]
    [InlineData("kas1.de", "kas1.de imitates kas.de: the letter '1' was added at the end.")]
    [InlineData("ks.de", "ks.de imitates kas.de: the letter 'a' was left out.")]
    [InlineData("kaslogin.de", "kaslogin.de adds 'login' to kas.de.")]
    [InlineData("outlookkas.de", "outlookkas.de adds 'outlook' to kas.de.")]
    [InlineData("login-las.de", "login-las.de adds 'login' to a misspelling of kas.de ('las').")]
    public void TryMatch_ShortBrandSlippedOrGlued_IsExplainedBelowTheDefault(string name, string explanation)
    {
        Assert.True(Everything.TryMatch(name, out var match), name);
        Assert.Equal("kas.de", match!.Target);
        Assert.Equal(explanation, match.Explanation);
        Assert.InRange(match.Score, 1, MatcherOptions.DefaultMinScore - 1);
    }

    [Fact]
    public void TryMatch_ShortBrandSetOffByHyphens_KeepsItsScore()
    {
        Assert.True(Everything.TryMatch("login-kas.de", out var match));
        Assert.InRange(match!.Score, MatcherOptions.DefaultMinScore, 100);
    }

    [Theory]
    [InlineData("ricrosoftorlire.com", "microsoftonline.com", "ricrosoftorlire.com imitates microsoftonline.com with letters that look alike at a glance ('r' for 'm', 'r' for 'n').")]
    [InlineData("ercdit-agricolc.fr", "credit-agricole.fr", "ercdit-agricolc.fr imitates credit-agricole.fr with letters that look alike at a glance ('e' for 'c', 'c' for 'e').")]
    [InlineData("lkas.de", "kas.de", "lkas.de imitates kas.de with letters that look alike at a glance ('lk' for 'k').")]
    public void TryMatch_LookAlikeLettersSwappedSeveralTimes_IsAWeakHomoglyph(string name, string target, string explanation)
    {
        Assert.True(Everything.TryMatch(name, out var match), name);
        Assert.Equal(target, match!.Target);
        Assert.Equal([Technique.Homoglyph], match.Techniques);
        Assert.Equal(explanation, match.Explanation);
        Assert.InRange(match.Score, 1, MatcherOptions.DefaultMinScore - 1);
    }

    [Theory]
    [InlineData("paypcl.com", Technique.Bitsquatting)]
    [InlineData("pay.pal.com", Technique.DotInsertion)]
    [InlineData("xn--pypl-v6bc.com", Technique.Homoglyph)]
    [InlineData("xn--ayal-ukbc.com", Technique.Homoglyph)]
    public void TryMatch_PermutationOfPaypal_IsReportedByDefault(string name, string technique)
    {
        Assert.True(Everything.TryMatch(name, out var match), name);
        Assert.Equal("paypal.com", match!.Target);
        Assert.Contains(technique, match.Techniques);
        Assert.InRange(match.Score, MatcherOptions.DefaultMinScore, 100);
    }

    [Fact]
    public void TryMatch_GlyphTr39DoesNotMap_IsReadAsTheLetterItStandsFor()
    {
        Assert.True(Everything.TryMatch("xn--pypl-v6bc.com", out var match));
        Assert.Equal("pəypəl.com imitates paypal.com with look-alike characters ('ə' (Latin) for 'a').", match!.Explanation);
    }
}
