using Vigie.Core.Matching;
using Vigie.Core.Watchlists;

namespace Vigie.Core.Tests.Matching;

/// <summary>The score rules that tell an organisation's own domains from outside services (README.md, "Score").</summary>
public sealed class MatcherScoreTests
{
    private static readonly Matcher Watching = Matcher.Build(
        Watchlist.Empty with
        {
            Domains = ["en-marche.fr", "metamask.io"],
            Services = ["google.com", "amazon.com", "apple.com", "office.com", "instagram.com", "americanexpress.com"],
        },
        MatcherOptions.Default with { MinScore = 0, UsePopularAllowlist = false });

    [Theory]
    [InlineData("google.fr", "google.com")]
    [InlineData("www.google.fr", "google.com")]
    [InlineData("amazon.co.uk", "amazon.com")]
    [InlineData("apple.com.au", "apple.com")]
    [InlineData("office.net", "office.com")]
    [InlineData("apple.com.akadns.net", "apple.com")]
    [InlineData("11.courier-push-apple.com.akadns.net", "apple.com")]
    [InlineData("amazon-adsystem.com", "amazon.com")]
    [InlineData("cdninstagram.com", "instagram.com")]
    public void Check_ServiceOwnShape_ScoresBelowDefaultThreshold(string name, string target)
    {
        Assert.Equal(MatchStatus.Matched, Watching.Check(name, out var match));
        Assert.Equal(target, match!.Target);
        Assert.InRange(match.Score, 1, MatcherOptions.DefaultMinScore - 1);
    }

    [Theory]
    [InlineData("en-marche.com", "en-marche.fr", Technique.TldSwap)]
    [InlineData("en-marche.de", "en-marche.fr", Technique.TldSwap)]
    [InlineData("metamask.com.br", "metamask.io", Technique.TldSwap)]
    [InlineData("google-login.fr", "google.com", Technique.Combosquatting)]
    [InlineData("amazon-cdn-login.com", "amazon.com", Technique.Combosquatting)]
    [InlineData("americanexpress.yolasite.com", "americanexpress.com", Technique.TldSwap)]
    [InlineData("apple.com.find-view.us", "apple.com", Technique.SubdomainImpersonation)]
    [InlineData("gooogle.fr", "google.com", Technique.Repetition)]
    public void Check_ImitationOfOwnDomainOrWithMoreThanTheEnding_ScoresAtDefaultThresholdOrAbove(string name, string target, string technique)
    {
        Assert.Equal(MatchStatus.Matched, Watching.Check(name, out var match));
        Assert.Equal(target, match!.Target);
        Assert.Contains(technique, match.Techniques);
        Assert.InRange(match.Score, MatcherOptions.DefaultMinScore, 100);
    }

    [Fact]
    public void Check_ServiceUnderCountryEnding_ScoresBelowOtherEnding()
    {
        Watching.Check("google.de", out var country);
        Watching.Check("google.xyz", out var other);

        Assert.True(country!.Score < other!.Score);
        Assert.Contains("own country domain", country.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DomainListedAsOwnAndAsService_ScoredAsOwn()
    {
        var matcher = Matcher.Build(
            Watchlist.Empty with { Domains = ["google.com"], Services = ["google.com"] },
            MatcherOptions.Default with { MinScore = 0, UsePopularAllowlist = false });

        matcher.Check("google.fr", out var match);

        Assert.Equal(Scores.TldSwap, match!.Score);
    }
}
