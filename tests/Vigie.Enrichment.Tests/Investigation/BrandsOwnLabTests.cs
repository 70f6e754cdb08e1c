using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Vigie.Core.Domains;
using Vigie.Core.Scoring;
using Vigie.Enrichment.Dns;
using Vigie.Enrichment.Http;
using Vigie.Enrichment.Investigation;
using Vigie.Enrichment.Pages;
using Vigie.Enrichment.Rdap;
using Vigie.Enrichment.Tests.Rdap;
using Vigie.Enrichment.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Enrichment.Tests.Investigation;

/// <summary>
/// Brand's-own evidence end to end (issue 10, Build 3): a real unbound serving acmebank.test and acmepay.test (the
/// genuine domains) and look-alikes of them, a second unbound on 127.0.10.53:53 as the brand's own authoritative
/// server ns1.acmebank.test, HTTPS sites on 127.0.10.x:443 with certificates made here, and a local RDAP server; the
/// investigator observes both sides and must tell the brand's own names from the others.
/// </summary>
public sealed class BrandsOwnLabTests : IClassFixture<BrandsOwnLabTests.Lab>
{
    private readonly Lab lab;

    public BrandsOwnLabTests(Lab lab) => this.lab = lab;

    [Fact]
    public async Task InvestigateAsync_ServedByTheGenuineOwnNameServers_BrandsOwnDespiteItsLoginPage()
    {
        var report = await lab.InvestigateAsync("acmebank-secure.test");

        Assert.Equal(Verdict.BrandsOwn, report.Assessment.Verdict);
        Assert.True(report.Page!.HasPasswordForm);
        Assert.Equal(["ns1.acmebank.test", "ns2.acmebank.test"], report.NameServers.Order(StringComparer.Ordinal));
        var evidence = Assert.Single(report.Facts.Ownership);
        Assert.Equal((OwnershipEvidenceKind.NameServers, true), (evidence.Kind, evidence.Strong));
        Assert.Equal("shares the name servers of acmebank.test (ns1.acmebank.test, ns2.acmebank.test), and ns1.acmebank.test answers for it with authority",
            report.Assessment.Reasons[0]);
    }

    [Fact]
    public async Task InvestigateAsync_ListsTheGenuineNameServersThatDoNotServeIt_WeakEvidenceAndStillPhishing()
    {
        var report = await lab.InvestigateAsync("acmebank-forged.test");

        Assert.Equal(["ns1.acmebank.test", "ns2.acmebank.test"], report.NameServers.Order(StringComparer.Ordinal));
        var evidence = Assert.Single(report.Facts.Ownership);
        Assert.False(evidence.Strong);
        Assert.Equal(Verdict.Phishing, report.Assessment.Verdict);
    }

    [Fact]
    public async Task InvestigateAsync_CertificateNamesTheGenuineOrganisation_BrandsOwn()
    {
        var report = await lab.InvestigateAsync("acmebank-login.test");

        Assert.Equal(Verdict.BrandsOwn, report.Assessment.Verdict);
        Assert.Equal(200, report.Http!.Status);
        var evidence = Assert.Single(report.Facts.Ownership);
        Assert.Equal(OwnershipEvidenceKind.CertificateOrganisation, evidence.Kind);
        Assert.Equal(("acmebank.test", "Acme Bank SA", false), (evidence.Genuine, evidence.Shared[0], evidence.Strong));
        Assert.Equal("its certificate names the same organisation as acmebank.test's: Acme Bank SA (its certificate is not from a trusted authority)", report.Assessment.Reasons[0]);
    }

    [Fact]
    public async Task InvestigateAsync_CertificateOfAnotherOrganisation_NotBrandsOwn()
    {
        var report = await lab.InvestigateAsync("acmebank-verify.test");

        Assert.Equal("Verify Services Ltd", report.Http!.Certificates.Single().Organisation);
        Assert.Empty(report.Facts.Ownership);
        Assert.Equal(Verdict.Benign, report.Assessment.Verdict);
    }

    [Fact]
    public async Task InvestigateAsync_RdapRegistrantIsTheGenuineOne_BrandsOwn()
    {
        var report = await lab.InvestigateAsync("acmebamk.test");

        Assert.Equal("Acme Bank SA", report.Registration!.RegistrantOrganisation);
        Assert.Equal(Verdict.BrandsOwn, report.Assessment.Verdict);
        Assert.Equal("registered by the same organisation as acmebank.test (RDAP): Acme Bank SA", report.Assessment.Reasons[0]);
    }

    [Fact]
    public async Task InvestigateAsync_SameSharedProviderNameServersAndGoogleMail_NotBrandsOwn()
    {
        var report = await lab.InvestigateAsync("acmepay-login.test");

        Assert.Equal(Lab.SharedNameServers, report.NameServers.Order(StringComparer.Ordinal));
        Assert.Equal(["10 aspmx.l.google.com", "20 alt1.aspmx.l.google.com"], report.MailExchangers.Order(StringComparer.Ordinal));
        Assert.Empty(report.Facts.Ownership);
        Assert.Equal(Verdict.Benign, report.Assessment.Verdict);
    }

    public sealed class Lab : IAsyncLifetime
    {
        public static readonly string[] SharedNameServers = ["ada.ns.cloudflare.com", "bob.ns.cloudflare.com"];

        private const string Nothing = "127.0.10.9";
        private const string LoginPage = """
            <html><head><title>Acme Bank — Connexion</title></head><body><h1>Acme Bank</h1>
            <form method="post" action="/session"><input type="email" name="user"><input type="password" name="password">
            <button type="submit">Se connecter</button></form></body></html>
            """;

        private static readonly string[] AcmeBankNameServers = ["ns1.acmebank.test", "ns2.acmebank.test"];
        private static readonly string[] GoogleMail = ["aspmx.l.google.com", "alt1.aspmx.l.google.com"];

        private readonly List<WebApplication> sites = [];
        private readonly List<X509Certificate2> certificates = [];
        private UnboundServer dns = null!;
        private UnboundServer brandServer = null!;
        private DnsResolver resolver = null!;
        private RdapLabServer rdap = null!;
        private HttpRdapTransport rdapTransport = null!;
        private Investigator investigator = null!;

        public async Task InitializeAsync()
        {
            var zone = new LabZone()
                .Register("acmebank.test", "127.0.10.1", AcmeBankNameServers, ["mx1.acmebank.test"])
                .Register("ns1.acmebank.test", "127.0.10.53")
                .Register("acmebank-secure.test", "127.0.10.4", AcmeBankNameServers, ["mx.other.test"])
                .Register("acmebank-forged.test", "127.0.10.4", AcmeBankNameServers, ["mx.other.test"])
                .Register("acmebank-login.test", "127.0.10.2")
                .Register("acmebank-verify.test", "127.0.10.3")
                .Register("acmebamk.test", Nothing)
                .Register("acmepay.test", Nothing, SharedNameServers, GoogleMail)
                .Register("acmepay-login.test", Nothing, SharedNameServers, GoogleMail);
            dns = await UnboundServer.StartAsync(zone);
            // The brand's own server serves its zones, acmebank-secure.test among them, and not acmebank-forged.test.
            var served = new LabZone()
                .Register("acmebank.test", "127.0.10.1", AcmeBankNameServers, ["mx1.acmebank.test"])
                .Register("acmebank-secure.test", "127.0.10.4", AcmeBankNameServers, ["mx.other.test"]);
            brandServer = await UnboundServer.StartAsync(served, new IPEndPoint(IPAddress.Parse("127.0.10.53"), 53));
            await SiteAsync("127.0.10.1", "acmebank.test", "CN=acmebank.test, O=Acme Bank SA, C=FR");
            await SiteAsync("127.0.10.2", "acmebank-login.test", "CN=acmebank-login.test, O=Acme Bank SA, C=FR");
            await SiteAsync("127.0.10.3", "acmebank-verify.test", "CN=acmebank-verify.test, O=Verify Services Ltd, C=GB");
            await SiteAsync("127.0.10.4", "acmebank-secure.test", "CN=acmebank-secure.test", LoginPage);
            rdap = await RdapLabServer.StartAsync(new Dictionary<string, string>
            {
                ["acmebank.test"] = DomainObject("acmebank.test", "Acme Bank SA"),
                ["acmebamk.test"] = DomainObject("acmebamk.test", "Acme Bank SA"),
                ["acmepay.test"] = DomainObject("acmepay.test", "REDACTED FOR PRIVACY"),
                ["acmepay-login.test"] = DomainObject("acmepay-login.test", "REDACTED FOR PRIVACY"),
            });
            rdapTransport = new HttpRdapTransport(TimeSpan.FromSeconds(5));
            var bootstrap = RdapBootstrap.Parse(Encoding.UTF8.GetBytes($$"""{"version":"1.0","services":[[["test"],["{{rdap.Base}}rdap/"]]]}"""));
            resolver = new DnsResolver(new DnsResolverOptions { Servers = [dns.EndPoint], Timeout = TimeSpan.FromSeconds(1) }, TimeProvider.System);
            var registrations = new RegistrationLookup(bootstrap, rdapTransport, new NoWhois(), null);
            investigator = new Investigator(resolver, Fetcher, null, registrations, TimeProvider.System);
        }

        public async Task DisposeAsync()
        {
            resolver.Dispose();
            rdapTransport.Dispose();
            await rdap.DisposeAsync();
            foreach (var site in sites)
            {
                await site.DisposeAsync();
            }

            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }

            await brandServer.DisposeAsync();
            await dns.DisposeAsync();
        }

        internal Task<InvestigationReport> InvestigateAsync(string name) =>
            investigator.InvestigateAsync(DomainName.Parse(name), null,
                new InvestigationTarget(new PageContext(["Acme Bank"], ["acmebank.test", "acmepay.test"]), []) { GenuineDomains = ["acmebank.test", "acmepay.test"] },
                CancellationToken.None);

        private async Task SiteAsync(string address, string name, string subject, string? page = null)
        {
            // Kept until the end: Kestrel uses its private key at every handshake.
            var certificate = LabCertificates.SelfSigned(name, subject);
            certificates.Add(certificate);
            var (app, _) = await LoopbackWebHost.StartAsync(c => c.Response.WriteAsync(page ?? $"<html><title>{name}</title><body>Bienvenue</body></html>"), IPAddress.Parse(address), 443, certificate);
            sites.Add(app);
        }

        private SafeHttpFetcher Fetcher() =>
            new(new ConnectionGuard(new DnsHostAddressResolver(resolver), new AddressPolicy(AllowLoopback: true)), new FetchOptions { TotalTimeout = TimeSpan.FromSeconds(5) }, TimeProvider.System);

        /// <summary>An RDAP domain object (RFC 9083 §5.3) whose registrant's jCard gives an organisation.</summary>
        private static string DomainObject(string name, string organisation) => $$"""
            {"objectClassName":"domain","ldhName":"{{name}}",
             "events":[{"eventAction":"registration","eventDate":"2019-03-01T10:00:00Z"}],
             "entities":[{"objectClassName":"entity","roles":["registrant"],
               "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Domain Administrator"],["org",{},"text","{{organisation}}"]]]}]}
            """;
    }
}
