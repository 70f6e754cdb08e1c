using Vigie.Core.Matching;
using Vigie.Core.Watchlists;

namespace Vigie.Core.Tests.Matching;

/// <summary>
/// The rules that tell a big service's own machinery and chance resemblances from imitations (README.md, "Score";
/// bench/README.md, "match", "Calibration"): content-delivery host names, a service's other domains, ordinary words.
/// </summary>
public sealed class MatcherOwnInfrastructureTests
{
    private static readonly Matcher Watching = Matcher.Build(
        Watchlist.Empty with
        {
            Domains = ["en-marche.fr"],
            Services = ["apple.com", "amazon.com", "google.com", "office.com", "icloud.com", "gmail.com", "whatsapp.com", "paypal.com"],
        },
        MatcherOptions.Default with { MinScore = 0, UsePopularAllowlist = false });

    [Theory]
    [InlineData("apple.com.cdn.cloudflare.net", "apple.com")]
    [InlineData("auth.services.apple.com.cdn.cloudflare.net", "apple.com")]
    [InlineData("www-apple-com.v.aaplimg.com", "apple.com")]
    [InlineData("appleid-cdn-apple-com.v.aaplimg.com", "apple.com")]
    [InlineData("amazon.map.fastly.net", "amazon.com")]
    [InlineData("google.fastly-edge.com", "google.com")]
    [InlineData("paypal-dynamic-cdn.map.fastly.net", "paypal.com")]
    [InlineData("forms.office.com.b-0039.b-msedge.net", "office.com")]
    [InlineData("office.akadns.net", "office.com")]
    public void Check_ServiceWrittenWholeOnContentDeliveryPlatform_ScoresBelowDefaultThreshold(string name, string target) =>
        AssertScored(name, target, Scores.EdgeHostName, "content-delivery platform");

    [Theory]
    [InlineData("apple-login.azureedge.net")]
    [InlineData("paypal-secure.map.fastly.net")]
    [InlineData("appie.cloudfront.net")]
    [InlineData("en-marche.azureedge.net")]
    [InlineData("apple.com.secure-login.xyz")]
    public void Check_ServiceWordMisspellingOrOwnDomainOnPlatform_KeepsDefaultThresholdScore(string name)
    {
        Assert.Equal(MatchStatus.Matched, Watching.Check(name, out var match));
        Assert.InRange(match!.Score, MatcherOptions.DefaultMinScore, 100);
    }

    [Theory]
    [InlineData("cloud.com", "icloud.com")]
    [InlineData("analytics.cloud.sap", "icloud.com")]
    [InlineData("dkim.mail.fr", "gmail.com")]
    public void Check_MisspeltBrandIsAnOrdinaryWord_ScoresBelowDefaultThreshold(string name, string target) =>
        AssertScored(name, target, Scores.OrdinaryWord, "ordinary word");

    [Fact]
    public void Check_MisspeltBrandThatIsNoWord_KeepsItsScore()
    {
        Watching.Check("icl0ud.com", out var lookalike);
        Watching.Check("iclod.com", out var typo);

        Assert.InRange(lookalike!.Score, MatcherOptions.DefaultMinScore, 100);
        Assert.InRange(typo!.Score, MatcherOptions.DefaultMinScore, 100);
    }

    [Theory]
    [InlineData("appier.net")]
    [InlineData("apigee.net")]
    [InlineData("api.aws")]
    public void Check_LookalikeAndSlipInShortLabel_ScoresBelowDefaultThreshold(string name)
    {
        Watching.Check(name, out var match);

        Assert.True(match is null || match.Score < MatcherOptions.DefaultMinScore, $"{name} scored {match?.Score}");
    }

    [Theory]
    [InlineData("app1e.net")]
    [InlineData("g00gle.net")]
    [InlineData("paypallo.com")]
    public void Check_LookalikeAloneOrDoubledLetterAndSlipInShortLabel_KeepsItsScore(string name)
    {
        Watching.Check(name, out var match);

        Assert.InRange(match!.Score, MatcherOptions.DefaultMinScore, 100);
    }

    [Theory]
    [InlineData("c.apple.news", "apple.com")]
    [InlineData("c.whatsapp.net", "whatsapp.com")]
    public void Check_SubdomainBeforeWholeServiceLabel_IsNoDotInsertion(string name, string target)
    {
        Assert.Equal(MatchStatus.Matched, Watching.Check(name, out var match));
        Assert.Equal(target, match!.Target);
        Assert.Equal([Technique.TldSwap], match.Techniques);
        Assert.Equal(Scores.ServiceOtherEnding, match.Score);
    }

    [Fact]
    public void Check_ServicesOtherDomain_NeverReportedButImitationsOfItsNameAre()
    {
        var matcher = Matcher.Build(
            Watchlist.Empty with { Services = ["microsoft.com"], ServiceDomains = ["microsoftonline.com", "live.com"] },
            MatcherOptions.Default with { MinScore = 0, UsePopularAllowlist = false });

        Assert.Equal(MatchStatus.NoMatch, matcher.Check("login.microsoftonline.com", out _));
        Assert.Equal(MatchStatus.NoMatch, matcher.Check("excel.officeapps.live.com", out _));
        Assert.Equal(MatchStatus.Matched, matcher.Check("microsoft-login.com", out _));
        Assert.Equal(MatchStatus.Matched, matcher.Check("ims.microsoftonline.com.cdn.cloudflare.net", out var edge));
        Assert.Equal(Scores.EdgeHostName, edge!.Score);
    }

    private static void AssertScored(string name, string target, int score, string phrase)
    {
        Assert.Equal(MatchStatus.Matched, Watching.Check(name, out var match));
        Assert.Equal(target, match!.Target);
        Assert.Equal(score, match.Score);
        Assert.Contains(phrase, match.Explanation, StringComparison.Ordinal);
    }
}
