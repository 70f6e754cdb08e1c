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
    [Fact]
    public async Task FindingPage_InvestigatedByServe_ShowsCopyBesideGenuineCapture()
    {
        var web = IPAddress.Parse("127.0.6.4");
        await using var dns = await UnboundServer.StartAsync(new LabZone().Register("genuine.lab.test", web.ToString()).Register("copy.lab.test", web.ToString()));
        await using var site = await LabWebServer.StartAsync(web, 80);
        await using var host = await WebTestHost.StartAsync("sqlite", postgres, config => config with
        {
            Investigate = new InvestigateSettings { MinScore = 80, Concurrency = 1, AllowLoopback = true, NameServers = [dns.EndPoint], Timeout = TimeSpan.FromSeconds(5) },
        });
        var organisation = await host.Service<IOrganisationRepository>().CreateAsync(new OrganisationDraft("en-marche", "En Marche", "Europe/Paris",
            "organisation: En Marche\ndomains:\n  - en-marche.fr\nlogin_pages:\n  - http://genuine.lab.test/login\n"), CancellationToken.None);
        var finding = await Seed.FindingAsync(host, organisation.Id, "copy.lab.test", "en-marche.fr", 90, "combosquat");
        var findings = host.Service<IFindingRepository>();
        await Poll.UntilAsync(async () => (await findings.GetAsync(finding, CancellationToken.None))?.Verdict is not null, TimeSpan.FromSeconds(120));
        await host.AddUserAsync("camille", "correct horse battery", UserRole.Analyst);

        await using var browser = await BrowserDriver.StartAsync();
        await browser.GoAsync(new Uri(host.BaseAddress, "/signin"));
        await browser.ActAsync("""
            document.querySelector('input[name=name]').value = 'camille';
            document.querySelector('input[name=password]').value = 'correct horse battery';
            document.querySelector('form[action="/signin"] button').click();
            """);
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
}
