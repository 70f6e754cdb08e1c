using Vigie.Cli.Tests.Serve.Cluster;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.TestSupport;
using Vigie.Web.Cluster;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Browser;

/// <summary>
/// The sources page's jobs given up, in Chromium, as an admin of a cluster (a real nats-server) sees them: an
/// investigation with its "Retry" button, a sweep without one; the click queues the job again and says so. The page is
/// written to artifacts/web/sources-dead-letters*.png in English and in French, on a desktop and on a phone.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SourcesBrowserTests(PostgresServer postgres)
{
    [Fact]
    public async Task DeadLetters_AdminRetriesTheInvestigation_InChromium()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var host = await WebTestHost.StartAsync("postgres", postgres, c => c with { Nats = new NatsSettings { Urls = [new Uri(nats.Url)] } });
        await DeadLetters.BuryInvestigationAsync(host, nats);
        await DeadLetters.BuryAsync(nats, "sweep", "En Marche", "first sweep", "DNS resolver 127.0.0.1:53 did not answer");
        await host.AddUserAsync("ada", "correct horse battery", UserRole.Admin);
        var artifacts = Directory.CreateDirectory(Path.Combine(SharedData.RepoRoot, "artifacts", "web")).FullName;

        await using var browser = await BrowserDriver.StartAsync();
        await browser.SignInAsync(host.BaseAddress, "ada", "correct horse battery");
        await browser.GoAsync(new Uri(host.BaseAddress, "/sources"));

        var letters = await browser.TextAsync("table.dead-letters");
        Assert.Contains("en-marhce.fr", letters, StringComparison.Ordinal);
        Assert.Contains("En Marche (first sweep)", letters, StringComparison.Ordinal);
        Assert.Contains("DNS resolver 127.0.0.1:53 did not answer", letters, StringComparison.Ordinal);
        Assert.Equal(["Name", "Attempts", "Last error", "Given up", ""], [.. (await browser.EvaluateAsync("[...document.querySelectorAll('table.dead-letters th')].map(h => h.innerText)")).EnumerateArray().Select(h => h.GetString() ?? "")]);
        Assert.Equal(1, (await browser.EvaluateAsync("document.querySelectorAll('table.dead-letters button').length")).GetInt32());
        await File.WriteAllBytesAsync(Path.Combine(artifacts, "sources-dead-letters.png"), await browser.ScreenshotAsync());
        await browser.ViewportAsync(390, 844, mobile: true);
        await File.WriteAllBytesAsync(Path.Combine(artifacts, "sources-dead-letters-phone.png"), await browser.ScreenshotAsync());
        await browser.ViewportAsync(1366, 900, mobile: false);

        await browser.ActAsync("document.querySelector('table.dead-letters button').click()");
        Assert.Contains("The investigation of en-marhce.fr is queued again.", await browser.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("en-marhce.fr", await browser.TextAsync("table.dead-letters"), StringComparison.Ordinal);

        await browser.ActAsync("document.querySelector('form.lang button[value=fr]').click()");
        await browser.ViewportAsync(390, 844, mobile: true);
        await browser.GoAsync(new Uri(host.BaseAddress, "/sources"));
        Assert.Contains("Tâches abandonnées", await browser.TextAsync(), StringComparison.Ordinal);
        Assert.Contains("En Marche (first sweep)", await browser.TextAsync("table.dead-letters"), StringComparison.Ordinal);
        await File.WriteAllBytesAsync(Path.Combine(artifacts, "sources-dead-letters-fr-phone.png"), await browser.ScreenshotAsync());
        await browser.ViewportAsync(1366, 900, mobile: false);
        await File.WriteAllBytesAsync(Path.Combine(artifacts, "sources-dead-letters-fr.png"), await browser.ScreenshotAsync());
    }
}
