using System.Net;
using Vigie.Enrichment.Tests.Support;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.TestSupport;
using Vigie.Web.Pipeline.Investigation;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Browser;

/// <summary>
/// A finding investigated by the host's own investigation service (real unbound, the lab web server, Chromium), then
/// opened in Chromium: the copy's screenshot beside the genuine page's capture, with the similarity (the page is
/// written to artifacts/web/finding-investigated.png); the sources page shows the investigation service.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class InvestigatedFindingBrowserTests(PostgresServer postgres)
{
    private static readonly IPAddress Web = IPAddress.Parse("127.0.6.4");

    [Fact]
    public async Task FindingPage_InvestigatedByServe_ShowsCopyBesideGenuineCapture()
    {
        await using var dns = await UnboundServer.StartAsync(Zone());
        await using var site = await LabWebServer.StartAsync(Web, 80);
        await using var host = await StartAsync(dns);
        var finding = await InvestigatedAsync(host);
        await host.AddUserAsync("camille", "correct horse battery", UserRole.Analyst);

        await using var browser = await BrowserDriver.StartAsync();
        await browser.SignInAsync(host.BaseAddress, "camille", "correct horse battery");
        await browser.GoAsync(new Uri(host.BaseAddress, $"/findings/{finding}"));

        Assert.Equal(2, (await browser.EvaluateAsync("[...document.querySelectorAll('.compare img')].filter(i => i.naturalWidth > 0).length")).GetInt32());
        var page = await browser.TextAsync();
        Assert.Matches(@"\d+% similar to the genuine page http://genuine\.lab\.test/login", page);
        Assert.Contains("Genuine page · http://genuine.lab.test/login", page, StringComparison.Ordinal);
        var artifacts = Directory.CreateDirectory(Path.Combine(SharedData.RepoRoot, "artifacts", "web")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(artifacts, "finding-investigated.png"), await browser.ScreenshotAsync());

        // The sources page: the investigation service's queue, its rate and its last success; the DNS re-checks.
        await browser.GoAsync(new Uri(host.BaseAddress, "/sources"));
        var sources = await browser.TextAsync();
        Assert.Matches(@"investigations\s+\d+ queued, [\d.]+ per minute\s+\d{4}-\d\d-\d\d", sources);
        Assert.Contains("dns re-checks", sources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindingPage_French_NoStoredEnglishSentence()
    {
        await using var dns = await UnboundServer.StartAsync(Zone());
        await using var site = await LabWebServer.StartAsync(Web, 80);
        await using var host = await StartAsync(dns);
        var finding = await InvestigatedAsync(host);
        await host.Service<ITriageRepository>().ChangeStateAsync(finding, TriageState.Gone, new Actor("vigie serve"), "NXDOMAIN on 3 DNS checks in a row", CancellationToken.None);
        await host.AddUserAsync("camille", "correct horse battery", UserRole.Analyst);
        using var client = await host.SignedInAsync("camille", "correct horse battery");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");

        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(host.BaseAddress, $"/findings/{finding}")));

        // Every English text stored for the finding: its explanation, each observation's summary (but the HTTP and DNS
        // ones: a status, addresses and records) and each of the verdict's reasons, the pipeline's comment in the audit
        // trail; none is on the French page.
        var stored = (await host.Service<IFindingRepository>().GetAsync(finding, CancellationToken.None))!;
        var observations = await host.Service<IObservationRepository>().ListAsync(finding, CancellationToken.None);
        var verdict = Assert.Single(observations, o => o.Kind == ObservationKind.Verdict);
        using var json = System.Text.Json.JsonDocument.Parse(verdict.Payload);
        var reasons = json.RootElement.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.NotEmpty(reasons);
        string[] english = [stored.Explanation, "NXDOMAIN on 3 DNS checks in a row", .. reasons, .. observations.Where(o => o.Kind is not (ObservationKind.Http or ObservationKind.Dns)).SelectMany(o => o.Summary.Split("; ")).Where(s => s.Contains(' ', StringComparison.Ordinal))];
        Assert.All(english, sentence => Assert.DoesNotContain(sentence, page, StringComparison.Ordinal));
        Assert.Contains("copy.lab.test imite en-marche.fr (combosquat)", page, StringComparison.Ordinal);
        Assert.Contains("hameçonnage, risque ", page, StringComparison.Ordinal);
        Assert.Matches(@"copie de http://genuine\.lab\.test/login, semblable à \d+ %", page);
        Assert.Contains("NXDOMAIN à 3 vérifications DNS de suite", page, StringComparison.Ordinal);
    }

    private static LabZone Zone() => new LabZone().Register("genuine.lab.test", Web.ToString()).Register("copy.lab.test", Web.ToString());

    private Task<WebTestHost> StartAsync(UnboundServer dns) => WebTestHost.StartAsync("sqlite", postgres, config => config with
    {
        Investigate = new InvestigateSettings { MinScore = 80, Concurrency = 1, AllowLoopback = true, NameServers = [dns.EndPoint], Timeout = TimeSpan.FromSeconds(5) },
    });

    /// <summary>A finding of copy.lab.test, a copy of the genuine sign-in page, once the host's investigation service has given it a verdict.</summary>
    private static async Task<long> InvestigatedAsync(WebTestHost host)
    {
        var organisation = await host.Service<IOrganisationRepository>().CreateAsync(new OrganisationDraft("en-marche", "En Marche", "Europe/Paris",
            "organisation: En Marche\ndomains:\n  - en-marche.fr\nlogin_pages:\n  - http://genuine.lab.test/login\n"), CancellationToken.None);
        var finding = await Seed.FindingAsync(host, organisation.Id, "copy.lab.test", "en-marche.fr", 90, "combosquat");
        var findings = host.Service<IFindingRepository>();
        await Poll.UntilAsync(async () => (await findings.GetAsync(finding, CancellationToken.None))?.Verdict is not null, TimeSpan.FromSeconds(120));
        return finding;
    }
}
