using Vigie.Core.Domains;
using Vigie.Core.Matching;
using Vigie.Core.Permutations;
using Vigie.Core.Watchlists;

namespace Vigie.Core.Tests.Matching;

/// <summary>
/// Issue 10, "whatever Vigie generates, Vigie recognises": every name `vigie permute D --subdomains …` prints is
/// flagged by `vigie match --min-score 0` watching D and those subdomains, but for the exceptions README.md lists
/// ("vigie match", "Not recognised on purpose").
/// </summary>
public sealed class PermutationCoverageTests
{
    public static TheoryData<string, string[]> Domains => new()
    {
        { "en-marche.fr", ["mail", "onedrive"] },
        { "paypal.com", [] },
        { "example.com", [] },
        { "microsoftonline.com", [] },
        { "actblue.com", [] },
        { "kas.de", [] },
        { "credit-agricole.fr", ["espace", "mon"] },
    };

    [Theory]
    [MemberData(nameof(Domains))]
    public void Check_EveryPermutation_IsRecognised(string domain, string[] subdomains)
    {
        var missed = Missed(domain, subdomains);

        Assert.True(missed.Count == 0, $"{missed.Count} names not recognised: {string.Join(", ", missed.Take(40))}");
    }

    [Fact]
    public void Check_DictionaryWordForAHyphenatedPart_IsTheOneException()
    {
        // The exception is not empty by accident: en-marche.fr's dictionary rows include "en-auth.fr".
        var matcher = Matcher.Build(WatchlistLoader.FromDomains(["en-marche.fr"]), MatcherOptions.Default with { MinScore = 0 });

        Assert.True(IsException(DomainName.Parse("en-marche.fr"), new Permutation("en-auth.fr", "en-auth.fr", ["dictionary"])));
        Assert.Equal(MatchStatus.NoMatch, matcher.Check("en-auth.fr", out _));
    }

    /// <summary>
    /// README.md, "vigie match", "Not recognised on purpose": a dictionary word in place of one hyphen-separated part
    /// of the label ("en-auth.fr", "auth-marche.fr") keeps no more of the brand than a common word, and imitates nothing.
    /// </summary>
    private static bool IsException(DomainName domain, Permutation permutation) =>
        permutation.Techniques is [Techniques.Dictionary]
        && domain.Label.Contains('-', StringComparison.Ordinal)
        && !DomainName.Parse(permutation.Ascii).Label.Contains(domain.Label, StringComparison.Ordinal);

    private static List<string> Missed(string domain, string[] subdomains)
    {
        var watched = subdomains.Select(s => s + "." + domain).Prepend(domain);
        var matcher = Matcher.Build(WatchlistLoader.FromDomains(watched), MatcherOptions.Default with { MinScore = 0 });
        var options = PermutationOptions.Default with { Subdomains = subdomains };
        var parsed = DomainName.Parse(domain);
        var missed = new List<string>();
        foreach (var permutation in new PermutationEngine().Generate(parsed, options))
        {
            if (!IsException(parsed, permutation) && matcher.Check(permutation.Ascii, out _) != MatchStatus.Matched)
            {
                missed.Add($"{permutation.Ascii} ({string.Join('+', permutation.Techniques)})");
            }
        }

        return missed;
    }
}
