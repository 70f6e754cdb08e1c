using Vigie.Core.Scoring;

namespace Vigie.Core.Tests.Scoring;

public sealed class VerdictRulesTests
{
    private static readonly InvestigationFacts Live = new() { MatchScore = 80, Resolves = true, WebAnswered = true, Tld = "fr", Host = "paypa1-secure.fr" };

    private static readonly InvestigationFacts PayPalKit = Live with
    {
        ClaimedBrand = "PayPal", ClaimStrength = 1, ClaimSignals = ["title", "logo image"], PasswordForm = true, KitScript = "next.php",
    };

    [Fact]
    public void Assess_CopyOfGenuinePage_PhishingWithSimilarityInReasons()
    {
        var a = VerdictRules.Assess(Live with { CopyOf = "https://en-marche.fr/login", CloneSimilarity = 0.82, PasswordForm = true });

        Assert.Equal(Verdict.Phishing, a.Verdict);
        Assert.InRange(a.Score, 80, 100);
        Assert.Equal("copy of https://en-marche.fr/login, 82% similar", a.Reasons[0]);
    }

    [Fact]
    public void Assess_ClaimsWatchedBrandOffItsDomainsAndAsksPassword_PhishingExplainedInWords()
    {
        var a = VerdictRules.Assess(PayPalKit);

        Assert.Equal(Verdict.Phishing, a.Verdict);
        Assert.InRange(a.Score, 80, 100);
        Assert.Equal("the page presents itself as PayPal (title, logo image) but is served from paypa1-secure.fr, not from PayPal's domains", a.Reasons[0]);
        Assert.Contains("it sends what it asks to next.php, a script named the way phishing kits name theirs", a.Reasons);
    }

    [Fact]
    public void Assess_ClaimedBrandsOwnDomain_BenignWhateverTheForm()
    {
        var a = VerdictRules.Assess(PayPalKit with { HostIsClaimedBrands = true, Host = "www.paypal.com" });

        Assert.Equal(Verdict.Benign, a.Verdict);
        Assert.Equal("the page presents itself as PayPal and is served from PayPal's own domain", a.Reasons[0]);
    }

    [Fact]
    public void Assess_StrongBrandsOwnEvidence_WinsBeforeEveryOtherRule()
    {
        var evidence = new OwnershipEvidence(OwnershipEvidenceKind.NameServers, "paypal.com", ["ns1.paypal.com"], true, "shares the name servers of paypal.com (ns1.paypal.com), and ns1.paypal.com answers for it with authority");

        var a = VerdictRules.Assess(PayPalKit with { CopyOf = "https://www.paypal.com/signin", CloneSimilarity = 0.9, Ownership = [evidence] });

        Assert.Equal(Verdict.BrandsOwn, a.Verdict);
        Assert.InRange(a.Score, 0, 19);
        Assert.Equal(evidence.Reason, a.Reasons[0]);
    }

    [Fact]
    public void Assess_StrongBrandClaimOffItsDomainsAskingNothing_PhishingTheContradictionFirst()
    {
        // A kit's "your account is limited, continue" landing step: the brand's title, logo and wording, no field yet.
        var a = VerdictRules.Assess(Live with { ClaimedBrand = "PayPal", ClaimStrength = 1, ClaimSignals = ["title", "logo image", "named in the text"] });

        Assert.Equal(Verdict.Phishing, a.Verdict);
        Assert.Equal("the page presents itself as PayPal (title, logo image, named in the text) but is served from paypa1-secure.fr, not from PayPal's domains", a.Reasons[0]);
    }

    [Fact]
    public void Assess_WeakerBrandClaimAskingNothingOnARiskyName_SuspiciousNotPhishing()
    {
        var a = VerdictRules.Assess(Live with { ClaimedBrand = "PayPal", ClaimStrength = 0.9, ClaimSignals = ["title", "heading"], Tld = "xyz", RegisteredDaysAgo = 3 });

        Assert.Equal(Verdict.Suspicious, a.Verdict);
    }

    [Fact]
    public void Assess_StrongBrandClaimAskingNothingOnTheBrandsOwnDomain_Benign() =>
        Assert.Equal(Verdict.Benign, VerdictRules.Assess(Live with { ClaimedBrand = "PayPal", ClaimStrength = 1, HostIsClaimedBrands = true, Host = "www.paypal.com" }).Verdict);

    [Fact]
    public void Assess_OwnSignInPageWithoutBrandClaimOnLookalike_Benign() =>
        Assert.Equal(Verdict.Benign, VerdictRules.Assess(Live with { PasswordForm = true }).Verdict);

    [Fact]
    public void Assess_NamelessPasswordPageWhoseLinksLeadNowhereOnALookalike_SuspiciousWithTheLinksInWords()
    {
        // A kit stripped of its brand (its logo an image file that did not come with it): a password form, dead "#" links.
        var a = VerdictRules.Assess(Live with { PasswordForm = true, Links = (9, 10) });

        Assert.Equal(Verdict.Suspicious, a.Verdict);
        Assert.Contains("9 of its 10 links lead nowhere (\"#\" or script), as in a copied page", a.Reasons);
    }

    [Theory]
    [InlineData(1, 1, "its only link leads nowhere (\"#\" or script), as in a copied page")]
    [InlineData(4, 4, "all 4 of its links lead nowhere (\"#\" or script), as in a copied page")]
    [InlineData(3, 5, "3 of its 5 links lead nowhere (\"#\" or script), as in a copied page")]
    public void Assess_DeadLinks_CountedInWords(int dead, int total, string words) =>
        Assert.Contains(words, VerdictRules.Assess(Live with { PasswordForm = true, Links = (dead, total) }).Reasons);

    [Fact]
    public void Assess_OwnSignInPageWithWorkingLinksOnALookalike_Benign()
    {
        var a = VerdictRules.Assess(Live with { PasswordForm = true, Links = (2, 14) });

        Assert.Equal(Verdict.Benign, a.Verdict);
        Assert.DoesNotContain(a.Reasons, r => r.Contains("lead nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_PlaceholderWithoutLinksAskingNothing_BenignLinksNotCounted()
    {
        // "Welcome", "coming soon", a web server's default page: no link either, and nothing asked.
        var a = VerdictRules.Assess(Live with { Links = (0, 0) });

        Assert.Equal(Verdict.Benign, a.Verdict);
        Assert.DoesNotContain(a.Reasons, r => r.Contains("no link", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_BrandClaimAndNoLinkAtAll_PhishingSayingSo()
    {
        var a = VerdictRules.Assess(PayPalKit with { KitScript = null, Links = (0, 0) });

        Assert.Equal(Verdict.Phishing, a.Verdict);
        Assert.Contains("it has no link at all, where a site's own sign-in page links to its help and privacy pages", a.Reasons);
    }

    [Fact]
    public void Assess_CardAndOneTimeCodeUnderBrandClaim_Phishing() =>
        Assert.Equal(Verdict.Phishing, VerdictRules.Assess(Live with
        {
            ClaimedBrand = "Chase", ClaimStrength = 1, ClaimSignals = ["title"], AsksCard = true, OtherSecrets = ["a one-time or SMS code"],
        }).Verdict);

    [Fact]
    public void Assess_ParkingPage_ParkedInItsBand()
    {
        var a = VerdictRules.Assess(Live with { ParkingProvider = "Sedo", HasMx = true });

        Assert.Equal(Verdict.Parked, a.Verdict);
        Assert.InRange(a.Score, 20, 39);
        Assert.Equal("parked (Sedo)", a.Reasons[0]);
    }

    [Fact]
    public void Assess_RedirectToGenuineLoginPage_BenignDespiteItsForm() =>
        Assert.Equal(Verdict.Benign, VerdictRules.Assess(PayPalKit with { RedirectsToGenuine = true }).Verdict);

    [Fact]
    public void Assess_NoAddressNoMx_Inactive()
    {
        var a = VerdictRules.Assess(new InvestigationFacts { MatchScore = 90, Tld = "fr" });

        Assert.Equal(Verdict.Inactive, a.Verdict);
        Assert.Equal("the name has no address", a.Reasons[0]);
    }

    [Fact]
    public void Assess_OnlyMailServers_NotPhishing() =>
        Assert.NotEqual(Verdict.Phishing, VerdictRules.Assess(new InvestigationFacts { MatchScore = 90, Resolves = true, HasMx = true }).Verdict);

    [Fact]
    public void Assess_MetadataAddress_Suspicious()
    {
        var a = VerdictRules.Assess(new InvestigationFacts { MatchScore = 60, Resolves = true, ForbiddenAddress = true });

        Assert.Equal(Verdict.Suspicious, a.Verdict);
        Assert.Contains("the name points to a private or cloud-metadata address", a.Reasons);
    }

    [Fact]
    public void Assess_DownloadOnRiskyFreshDomain_SuspiciousWithItsReasons()
    {
        var a = VerdictRules.Assess(Live with { ServesDownload = true, RegisteredDaysAgo = 3, Tld = "top" });

        Assert.Equal(Verdict.Suspicious, a.Verdict);
        Assert.Contains("the site serves a file download", a.Reasons);
        Assert.Contains("registered 3 day(s) ago", a.Reasons);
        Assert.Contains("the .top TLD is often abused", a.Reasons);
    }

    [Fact]
    public void Assess_PlainPageNoSignal_Benign() =>
        Assert.Equal(Verdict.Benign, VerdictRules.Assess(Live with { MatchScore = 20 }).Verdict);

    [Fact]
    public void Assess_HigherRisk_HigherScoreWithinTheSameVerdict() =>
        Assert.True(VerdictRules.Assess(PayPalKit with { Exfiltration = "api.telegram.org" }).Score > VerdictRules.Assess(PayPalKit with { KitScript = null }).Score);

    [Fact]
    public void Assess_SharesTheGenuineNameServers_BrandsOwnWithTheEvidenceFirst()
    {
        var evidence = new OwnershipEvidence(OwnershipEvidenceKind.NameServers, "en-marche.fr", ["ns1.en-marche.fr"], false, "shares the name servers of en-marche.fr (ns1.en-marche.fr)");

        var a = VerdictRules.Assess(Live with { HasMx = true, Ownership = [evidence] });

        Assert.Equal(Verdict.BrandsOwn, a.Verdict);
        Assert.InRange(a.Score, 0, 19);
        Assert.Equal("shares the name servers of en-marche.fr (ns1.en-marche.fr)", a.Reasons[0]);
    }

    [Fact]
    public void Assess_WeakEvidenceOnACopyOfTheLoginPage_StillPhishing()
    {
        var evidence = new OwnershipEvidence(OwnershipEvidenceKind.MailExchangers, "en-marche.fr", ["mx.en-marche.fr"], false, "shares the mail exchangers of en-marche.fr (mx.en-marche.fr)");

        var a = VerdictRules.Assess(Live with { CopyOf = "https://en-marche.fr/login", CloneSimilarity = 0.9, Ownership = [evidence] });

        Assert.Equal(Verdict.Phishing, a.Verdict);
    }

    [Fact]
    public void Assess_TrustedCertificateOfTheBrandOnItsLoginPage_BrandsOwn()
    {
        var evidence = new OwnershipEvidence(OwnershipEvidenceKind.CertificateOrganisation, "en-marche.fr", ["En Marche"], true, "its certificate names the same organisation as en-marche.fr's: En Marche");

        var a = VerdictRules.Assess(Live with { CopyOf = "https://en-marche.fr/login", CloneSimilarity = 0.9, PasswordForm = true, Ownership = [evidence] });

        Assert.Equal(Verdict.BrandsOwn, a.Verdict);
        Assert.Equal("its certificate names the same organisation as en-marche.fr's: En Marche", a.Reasons[0]);
    }

    [Fact]
    public void Code_BrandsOwn_SnakeCaseAndApostropheTitle()
    {
        Assert.Equal("brands_own", VerdictNames.Code(Verdict.BrandsOwn));
        Assert.Equal("BRAND'S OWN", VerdictNames.Title("brands_own"));
        Assert.Equal("PHISHING", VerdictNames.Title(VerdictNames.Code(Verdict.Phishing)));
    }

    [Fact]
    public void Assess_WeakEvidenceOnAKitPageTheRiskModelCallsPhishing_StillPhishing()
    {
        var evidence = new OwnershipEvidence(OwnershipEvidenceKind.MailExchangers, "paypal.com", ["mx1.paypal.com"], false, "shares the mail exchangers of paypal.com (mx1.paypal.com)");

        var a = VerdictRules.Assess(PayPalKit with { HasMx = true, Ownership = [evidence] });

        Assert.Equal(Verdict.Phishing, a.Verdict);
        Assert.DoesNotContain(evidence.Reason, a.Reasons);
    }

    [Fact]
    public void Assess_WeakEvidenceOnTheClaimedBrandsOwnPage_BrandsOwn()
    {
        var evidence = new OwnershipEvidence(OwnershipEvidenceKind.RegistrantOrganisation, "paypal.com", ["PayPal, Inc."], false, "registered by the same organisation as paypal.com (RDAP): PayPal, Inc.");

        var a = VerdictRules.Assess(PayPalKit with { HostIsClaimedBrands = true, Host = "www.paypal.com", Ownership = [evidence] });

        Assert.Equal(Verdict.BrandsOwn, a.Verdict);
        Assert.Equal(evidence.Reason, a.Reasons[0]);
    }
}
