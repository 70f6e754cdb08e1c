using Vigie.Core.Scoring;

namespace Vigie.Core.Tests.Scoring;

public sealed class OwnershipRulesTests
{
    private static readonly OwnershipSignals Genuine = new(
        "acmebank.fr", ["ns1.acmebank.fr", "ns2.acmebank.fr"], ["mx1.acmebank.fr"], "Acme Bank SA", RegistrantOrganisation: "Acme Bank SA");

    private static OwnershipSignals Suspect(string[]? ns = null, string[]? mx = null) => new("acmebank-login.fr", ns ?? ["ns1.elsewhere.net"], mx ?? []);

    [Fact]
    public void Compare_NameServerUnderTheGenuineDomain_NameServerEvidence()
    {
        var evidence = Assert.Single(OwnershipRules.Compare(Suspect(["ns2.acmebank.fr", "ns.other-host.net"]), Genuine));

        Assert.Equal(OwnershipEvidenceKind.NameServers, evidence.Kind);
        Assert.Equal(["ns2.acmebank.fr"], evidence.Shared);
        Assert.False(evidence.Strong);
        Assert.Equal("shares the name servers of acmebank.fr (ns2.acmebank.fr)", evidence.Reason);
    }

    [Fact]
    public void AnsweredWithAuthority_NameServerEvidence_StrongAndSaidSo()
    {
        var weak = Assert.Single(OwnershipRules.Compare(Suspect(["ns1.acmebank.fr"]), Genuine));

        var strong = OwnershipRules.AnsweredWithAuthority(weak, "ns1.acmebank.fr");

        Assert.True(strong.Strong);
        Assert.Equal("shares the name servers of acmebank.fr (ns1.acmebank.fr), and ns1.acmebank.fr answers for it with authority", strong.Reason);
    }

    [Fact]
    public void Compare_IdenticalDedicatedNameServers_Evidence()
    {
        var genuine = Genuine with { NameServers = ["a.dns-of-acme.net", "b.dns-of-acme.net"] };

        var evidence = Assert.Single(OwnershipRules.Compare(Suspect(["b.dns-of-acme.net", "a.dns-of-acme.net"]), genuine));

        Assert.Equal(["a.dns-of-acme.net", "b.dns-of-acme.net"], evidence.Shared);
    }

    [Fact]
    public void Compare_PartOfADedicatedNameServerSet_NoEvidence()
    {
        var genuine = Genuine with { NameServers = ["a.dns-of-acme.net", "b.dns-of-acme.net"] };

        Assert.Empty(OwnershipRules.Compare(Suspect(["a.dns-of-acme.net", "ns.attacker.net"]), genuine));
    }

    [Theory]
    [InlineData("ada.ns.cloudflare.com", "bob.ns.cloudflare.com")]
    [InlineData("ns01.domaincontrol.com", "ns02.domaincontrol.com")]
    [InlineData("ns-1.awsdns-01.com", "ns-2.awsdns-02.net")]
    [InlineData("ns1.sedoparking.com", "ns2.sedoparking.com")]
    public void Compare_IdenticalSharedProviderNameServers_NoEvidence(string first, string second)
    {
        var genuine = Genuine with { NameServers = [first, second] };

        Assert.Empty(OwnershipRules.Compare(Suspect([second, first]), genuine));
    }

    [Fact]
    public void Compare_SharedProviderBesideTheGenuineOwnServer_OnlyTheOwnServerCounts()
    {
        var genuine = Genuine with { NameServers = ["ns1.acmebank.fr", "ada.ns.cloudflare.com"] };

        var evidence = Assert.Single(OwnershipRules.Compare(Suspect(["ada.ns.cloudflare.com", "ns1.acmebank.fr"]), genuine));

        Assert.Equal(["ns1.acmebank.fr"], evidence.Shared);
    }

    [Fact]
    public void Compare_MailExchangerUnderTheGenuineDomain_MailEvidence()
    {
        var evidence = Assert.Single(OwnershipRules.Compare(Suspect(mx: ["mx1.acmebank.fr"]), Genuine));

        Assert.Equal(OwnershipEvidenceKind.MailExchangers, evidence.Kind);
        Assert.Equal("shares the mail exchangers of acmebank.fr (mx1.acmebank.fr)", evidence.Reason);
    }

    [Theory]
    [InlineData("aspmx.l.google.com", "alt1.aspmx.l.google.com")]
    [InlineData("acmebank-fr.mail.protection.outlook.com", "acmebank-fr.mail.protection.outlook.com")]
    [InlineData("mx0a-00123456.pphosted.com", "mx0b-00123456.pphosted.com")]
    public void Compare_GoogleOrMicrosoftMailExchangers_NoEvidence(string first, string second)
    {
        var genuine = Genuine with { MailExchangers = [first, second] };

        Assert.Empty(OwnershipRules.Compare(Suspect(mx: [first, second]), genuine));
    }

    [Fact]
    public void Compare_WatchedServiceIsTheSharedProvider_ItsMailExchangersAreNoEvidence()
    {
        // A look-alike of google.com hosted on Google Workspace is not Google's.
        var google = new OwnershipSignals("google.com", ["ns1.google.com"], ["smtp.google.com"]);

        Assert.Empty(OwnershipRules.Compare(new OwnershipSignals("gooogle-login.com", ["ns1.attacker.net"], ["smtp.google.com"]), google));
    }

    [Fact]
    public void Compare_TrustedCertificateWithTheSameOrganisation_StrongEvidence()
    {
        var suspect = Suspect() with { CertificateOrganisation = "acme  bank sa.", CertificateTrusted = true };

        var evidence = Assert.Single(OwnershipRules.Compare(suspect, Genuine));

        Assert.Equal(OwnershipEvidenceKind.CertificateOrganisation, evidence.Kind);
        Assert.True(evidence.Strong);
        Assert.Equal("its certificate names the same organisation as acmebank.fr's: acme  bank sa.", evidence.Reason);
    }

    [Fact]
    public void Compare_SelfSignedCertificateWithTheSameOrganisation_WeakEvidenceSaidSo()
    {
        var evidence = Assert.Single(OwnershipRules.Compare(Suspect() with { CertificateOrganisation = "Acme Bank SA" }, Genuine));

        Assert.False(evidence.Strong);
        Assert.EndsWith("Acme Bank SA (its certificate is not from a trusted authority)", evidence.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_AnotherOrganisation_NoEvidence() =>
        Assert.Empty(OwnershipRules.Compare(Suspect() with { CertificateOrganisation = "Acme Bank Services SA", CertificateTrusted = true }, Genuine));

    [Fact]
    public void Compare_SameRegistrantOrganisation_RegistrantEvidence()
    {
        var evidence = Assert.Single(OwnershipRules.Compare(Suspect() with { RegistrantOrganisation = "Acme Bank SA" }, Genuine));

        Assert.Equal(OwnershipEvidenceKind.RegistrantOrganisation, evidence.Kind);
        Assert.Equal("registered by the same organisation as acmebank.fr (RDAP): Acme Bank SA", evidence.Reason);
    }

    [Theory]
    [InlineData("REDACTED FOR PRIVACY")]
    [InlineData("Domains By Proxy, LLC")]
    [InlineData("Privacy service provided by Withheld for Privacy ehf")]
    [InlineData("Data Protected")]
    public void Compare_SameHiddenRegistrant_NoEvidence(string placeholder)
    {
        var genuine = Genuine with { RegistrantOrganisation = placeholder };

        Assert.Empty(OwnershipRules.Compare(Suspect() with { RegistrantOrganisation = placeholder }, genuine));
    }

    [Fact]
    public void Decides_WeakEvidenceOnAPhishingPage_NotBrandsOwn()
    {
        var weak = OwnershipRules.Compare(Suspect(mx: ["mx1.acmebank.fr"]), Genuine);

        Assert.False(OwnershipRules.Decides(weak, pageLooksLikePhishing: true));
        Assert.True(OwnershipRules.Decides(weak, pageLooksLikePhishing: false));
    }

    [Fact]
    public void Decides_StrongEvidenceOnAPhishingPage_BrandsOwn()
    {
        var strong = OwnershipRules.Compare(Suspect() with { CertificateOrganisation = "Acme Bank SA", CertificateTrusted = true }, Genuine);

        Assert.True(OwnershipRules.Decides(strong, pageLooksLikePhishing: true));
    }
}
