using System.Net;
using Vigie.Core.Domains;
using Vigie.Core.Scoring;
using Vigie.Enrichment.Browser;
using Vigie.Enrichment.Dns;
using Vigie.Enrichment.Http;
using Vigie.Enrichment.Investigation;
using Vigie.Enrichment.Pages;
using Vigie.Enrichment.Tests.Support;

namespace Vigie.Enrichment.Tests.Investigation;

/// <summary>
/// The local lab of issue 6: a real unbound serving the lab zone, the lab web server on 127.0.6.1:80 (where a
/// browser would look), Debian Chromium; the investigator runs end to end and must reach the right verdicts.
/// </summary>
public sealed class InvestigatorLabTests : IClassFixture<InvestigatorLabTests.Lab>
{
    private readonly Lab lab;

    public InvestigatorLabTests(Lab lab) => this.lab = lab;

    [Fact]
    public async Task InvestigateAsync_CopyOfTheLoginPage_PhishingCopyOfGenuine()
    {
        var report = await lab.InvestigateAsync("copy.lab.test");

        Assert.Equal(Verdict.Phishing, report.Assessment.Verdict);
        Assert.True(report.Comparison!.IsCopy);
        Assert.StartsWith("copy of http://genuine.lab.test/login, ", report.Comparison.Explanation, StringComparison.Ordinal);
        Assert.True(report.Page!.PostsCredentialsOffSite);
        Assert.NotEmpty(report.Page.HotLinkedFromGenuine);
    }

    [Fact]
    public async Task InvestigateAsync_CopiedMicrosoftTwoStepPostingToNextPhp_Phishing()
    {
        var report = await lab.InvestigateAsync("rnicrosoft-online.lab.test", Lab.EverydayBrands);

        Assert.Equal(Verdict.Phishing, report.Assessment.Verdict);
        Assert.Equal("Microsoft", report.Page!.Claim!.Brand.Name);
        Assert.Equal("next.php", report.Page.Kit.KitScript);
        Assert.StartsWith("the page presents itself as Microsoft (", report.Assessment.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvestigateAsync_PasswordFormBuiltByScript_FoundInTheRenderedPagePhishing()
    {
        var served = await AnalyzePage.RunAsync(LabKitPages.ScriptedForm, "http://scripted.lab.test/", Lab.EverydayBrands.Context);

        var report = await lab.InvestigateAsync("scripted.lab.test", Lab.EverydayBrands);

        Assert.False(served.HasPasswordForm);
        Assert.Empty(served.CredentialForms);
        Assert.Equal(Verdict.Phishing, report.Assessment.Verdict);
        Assert.True(report.Page!.HasPasswordForm);
        var form = Assert.Single(report.Page.CredentialForms);
        Assert.True(form is { HasPassword: true, HasIdentifier: true });
        Assert.Equal("send.php", report.Page.Kit.KitScript);
        Assert.Equal("PayPal", report.Page.Claim!.Brand.Name);
    }

    [Fact]
    public async Task InvestigateAsync_ShopsOwnSignInPageOnALookalikeName_Benign()
    {
        var report = await lab.InvestigateAsync("chase-outdoor.lab.test", Lab.EverydayBrands);

        Assert.Equal(Verdict.Benign, report.Assessment.Verdict);
        Assert.True(report.Page!.HasPasswordForm);
        Assert.Null(report.Page.Claim);
    }

    [Fact]
    public async Task InvestigateAsync_PageServingTheGenuineIcon_ClaimsTheBrandByItsIcon()
    {
        var report = await lab.InvestigateAsync("icon.lab.test");

        Assert.Equal(FaviconHash.Of(LabPages.Icon), report.Favicon);
        Assert.Equal("En Marche", report.Page!.Claim!.Brand.Name);
        Assert.Equal(["the site icon is En Marche's"], report.Page.Claim.Signals);
    }

    [Fact]
    public async Task InvestigateAsync_ParkedPage_ParkedNotACopy()
    {
        var report = await lab.InvestigateAsync("parked.lab.test");

        Assert.Equal(Verdict.Parked, report.Assessment.Verdict);
        Assert.False(report.Comparison!.IsCopy);
        Assert.Equal("Sedo", report.Page!.ParkingProvider);
    }

    [Fact]
    public async Task InvestigateAsync_RedirectChainToGenuine_Benign()
    {
        var report = await lab.InvestigateAsync("redirect.lab.test");

        Assert.Equal(Verdict.Benign, report.Assessment.Verdict);
        Assert.Equal("genuine.lab.test", report.Http!.FinalUrl.Host);
        Assert.Equal(4, report.Http.Hops.Count);
    }

    [Fact]
    public async Task InvestigateAsync_NameOnMetadataAndPrivateAddresses_SuspiciousAndNeverContacted()
    {
        var hits = lab.Web.Hits;

        var report = await lab.InvestigateAsync(LabNames.Metadata);

        Assert.Equal(Verdict.Suspicious, report.Assessment.Verdict);
        Assert.Equal(["10.0.0.1", "169.254.169.254"], report.Addresses.Order(StringComparer.Ordinal));
        Assert.Equal(["10.0.0.1", "169.254.169.254"], report.Refused.Select(a => a.Address.ToString()).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(lab.AllAttempts(), a => !a.Refused && a.Host == LabNames.Metadata);
        Assert.All(lab.AllAttempts().Where(a => !a.Refused), a => Assert.Equal(IPAddress.Parse("127.0.6.1"), a.Address));
        Assert.Null(report.Screenshot);
        Assert.Equal(hits, lab.Web.Hits);
    }

    [Fact]
    public async Task InvestigateAsync_Download_SuspiciousNeverRendered()
    {
        var report = await lab.InvestigateAsync("download.lab.test");

        Assert.Equal(Verdict.Suspicious, report.Assessment.Verdict);
        Assert.True(report.Http!.IsDownload);
        Assert.Null(report.Page);
        Assert.Null(report.Screenshot);
    }

    [Fact]
    public async Task InvestigateAsync_FiftyMegabytes_BodyCapped()
    {
        var report = await lab.InvestigateAsync("big.lab.test");

        Assert.Equal(2 * 1024 * 1024, report.Http!.Body.Length);
        Assert.True(report.Http.BodyTruncated);
    }

    [Fact]
    public async Task InvestigateAsync_EndlessSlowResponse_WithinTheTimeLimits()
    {
        var started = TimeProvider.System.GetTimestamp();

        var report = await lab.InvestigateAsync("slow.lab.test");

        Assert.True(report.Http!.TimedOut);
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task InvestigateAsync_UnregisteredName_Inactive()
    {
        var report = await lab.InvestigateAsync("nothing.lab.test");

        Assert.Equal(Verdict.Inactive, report.Assessment.Verdict);
        Assert.Null(report.Http);
    }

    public sealed class Lab : IAsyncLifetime
    {
        public static readonly IPAddress WebAddress = IPAddress.Parse("127.0.6.1");

        private readonly List<ConnectionGuard> guards = [];
        private UnboundServer dns = null!;
        private DnsResolver resolver = null!;
        private ScreenshotPool pool = null!;
        private Investigator investigator = null!;

        internal LabWebServer Web { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var zone = new LabZone();
            foreach (var name in LabNames.Loopback)
            {
                zone.Register(name, WebAddress.ToString());
            }

            zone.Register(LabNames.Metadata, "169.254.169.254 10.0.0.1");
            dns = await UnboundServer.StartAsync(zone);
            Web = await LabWebServer.StartAsync(WebAddress, 80);
            resolver = new DnsResolver(new DnsResolverOptions { Servers = [dns.EndPoint], Timeout = TimeSpan.FromSeconds(1) }, TimeProvider.System);
            pool = new ScreenshotPool(new BrowserOptions { LoadTimeout = TimeSpan.FromSeconds(5) }, () => Fetcher(new FetchOptions { FollowRedirects = false, TotalTimeout = TimeSpan.FromSeconds(5) }), TimeProvider.System);
            investigator = new Investigator(resolver, () => Fetcher(new FetchOptions { TotalTimeout = TimeSpan.FromSeconds(5) }), pool, null, TimeProvider.System);
        }

        public async Task DisposeAsync()
        {
            await pool.DisposeAsync();
            resolver.Dispose();
            await Web.DisposeAsync();
            await dns.DisposeAsync();
        }

        /// <summary>A watchlist of everyday brands' domains, without genuine pages to compare screenshots with.</summary>
        internal static readonly InvestigationTarget EverydayBrands = new(new PageContext([], ["microsoft.com", "google.com", "chase.com", "facebook.com", "paypal.com"]), []);

        internal Task<InvestigationReport> InvestigateAsync(string name, InvestigationTarget? target = null) =>
            investigator.InvestigateAsync(DomainName.Parse(name), null,
                target ?? new InvestigationTarget(new PageContext(["En Marche"], ["genuine.lab.test"]), [new Uri("http://genuine.lab.test/login")]),
                CancellationToken.None);

        internal List<ConnectAttempt> AllAttempts()
        {
            lock (guards)
            {
                return [.. guards.SelectMany(g => g.Attempts)];
            }
        }

        private SafeHttpFetcher Fetcher(FetchOptions options)
        {
            var guard = new ConnectionGuard(new DnsHostAddressResolver(resolver), new AddressPolicy(AllowLoopback: true));
            lock (guards)
            {
                guards.Add(guard);
            }

            return new SafeHttpFetcher(guard, options, TimeProvider.System);
        }
    }
}
