using Vigie.Core.Scoring;

namespace Vigie.Core.Tests.Scoring;

public sealed class VerdictRulesTests
{
    private static readonly InvestigationFacts Live = new() { MatchScore = 80, Resolves = true, WebAnswered = true, Tld = "fr" };

    [Fact]
    public void Assess_CopyOfGenuinePage_PhishingWithSimilarityInReasons()
    {
        var a = VerdictRules.Assess(Live with { CopyOf = "https://en-marche.fr/login", CloneSimilarity = 0.82, PasswordForm = true });

        Assert.Equal(Verdict.Phishing, a.Verdict);
        Assert.InRange(a.Score, 80, 100);
        Assert.Equal("copy of https://en-marche.fr/login, 82% similar", a.Reasons[0]);
    }

    [Fact]
    public void Assess_BrandedPasswordFormWithoutCopy_Phishing() =>
        Assert.Equal(Verdict.Phishing, VerdictRules.Assess(Live with { PasswordForm = true, BrandMentioned = true }).Verdict);

    [Fact]
    public void Assess_UnbrandedPasswordFormOnWeakMatch_Suspicious() =>
        Assert.Equal(Verdict.Suspicious, VerdictRules.Assess(Live with { MatchScore = 30, PasswordForm = true }).Verdict);

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
        Assert.Equal(Verdict.Benign, VerdictRules.Assess(Live with { RedirectsToGenuine = true, PasswordForm = true, BrandMentioned = true }).Verdict);

    [Fact]
    public void Assess_NoAddressNoMx_Inactive()
    {
        var a = VerdictRules.Assess(new InvestigationFacts { MatchScore = 90, Tld = "fr" });

        Assert.Equal(Verdict.Inactive, a.Verdict);
        Assert.Equal("the name has no address", a.Reasons[0]);
    }

    [Fact]
    public void Assess_OnlyMailServers_Suspicious() =>
        Assert.Equal(Verdict.Suspicious, VerdictRules.Assess(new InvestigationFacts { MatchScore = 90, Resolves = true, HasMx = true }).Verdict);

    [Fact]
    public void Assess_MetadataAddress_Suspicious()
    {
        var a = VerdictRules.Assess(new InvestigationFacts { MatchScore = 60, Resolves = true, ForbiddenAddress = true });

        Assert.Equal(Verdict.Suspicious, a.Verdict);
        Assert.Contains("the name points to a private or cloud-metadata address", a.Reasons);
    }

    [Fact]
    public void Assess_DownloadOnRiskyFreshDomain_SuspiciousWithEveryReason()
    {
        var a = VerdictRules.Assess(Live with { ServesDownload = true, RegisteredDaysAgo = 3, Tld = "top" });

        Assert.Equal(Verdict.Suspicious, a.Verdict);
        Assert.Equal(["the site serves a file download", "registered 3 day(s) ago", "the .top TLD is often abused"], a.Reasons);
    }

    [Fact]
    public void Assess_PlainPageNoSignal_Benign() =>
        Assert.Equal(Verdict.Benign, VerdictRules.Assess(Live with { MatchScore = 20 }).Verdict);

    [Fact]
    public void Assess_SharesTheGenuineNameServers_BrandsOwnWithTheEvidenceFirst()
    {
        var evidence = new OwnershipEvidence(OwnershipEvidenceKind.NameServers, "en-marche.fr", ["ns1.en-marche.fr"], false, "shares the name servers of en-marche.fr (ns1.en-marche.fr)");

        var a = VerdictRules.Assess(Live with { HasMx = true, Ownership = [evidence] });

        Assert.Equal(Verdict.BrandsOwn, a.Verdict);
        Assert.InRange(a.Score, 0, 19);
        Assert.Equal(["shares the name servers of en-marche.fr (ns1.en-marche.fr)", "it can receive e-mail (MX)"], a.Reasons);
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
}
