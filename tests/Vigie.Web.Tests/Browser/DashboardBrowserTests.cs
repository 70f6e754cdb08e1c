using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.TestSupport;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Browser;

/// <summary>
/// The dashboard in Debian's headless Chromium, as an analyst uses it: sign in, see the findings, open one, compare
/// the screenshots, triage it, edit a watchlist, read the audit trail, sign out. PNGs of the findings page and of the
/// finding page are written under artifacts/web/.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DashboardBrowserTests(PostgresServer postgres)
{
    public static TheoryData<string> Kinds => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Analyst_SignInTriageEditSignOut_InChromium(string kind)
    {
        await using var browser = await BrowserDriver.StartAsync();
        var (genuine, copy, copyHtml) = await LabCaptures.TakeAsync(browser);
        await using var host = await WebTestHost.StartAsync(kind, postgres);
        var finding = await LabFindings.SeedAsync(host, genuine, copy, copyHtml);
        await host.AddUserAsync("camille", "correct horse battery", UserRole.Analyst);
        var artifacts = Directory.CreateDirectory(Path.Combine(SharedData.RepoRoot, "artifacts", "web")).FullName;

        // Signed out, the dashboard sends the browser to the sign-in form.
        await browser.GoAsync(new Uri(host.BaseAddress, "/findings"));
        Assert.StartsWith("/signin", await browser.PathAsync(), StringComparison.Ordinal);
        await browser.SubmitSignInAsync("camille", "correct horse battery");
        Assert.Equal("/findings", await browser.PathAsync());

        // The list: three findings, the clone first by score, its differing characters marked, its thumbnail shown.
        Assert.Equal(3, (await browser.EvaluateAsync("document.querySelectorAll('table.findings tbody tr').length")).GetInt32());
        var first = await browser.TextAsync("table.findings tbody tr");
        Assert.Contains("onedrive-en-marche.fr", first, StringComparison.Ordinal);
        Assert.Contains("95", first, StringComparison.Ordinal);
        Assert.Equal("onedrive-", (await browser.EvaluateAsync("document.querySelector('table.findings tbody tr mark').textContent")).GetString());
        Assert.True((await browser.EvaluateAsync("document.querySelector('img.thumb').naturalWidth")).GetInt32() > 100);
        await File.WriteAllBytesAsync(Path.Combine(artifacts, $"findings-{kind}.png"), await browser.ScreenshotAsync());

        // Search narrows the list.
        await browser.GoAsync(new Uri(host.BaseAddress, "/findings?q=marhce"));
        Assert.Equal(1, (await browser.EvaluateAsync("document.querySelectorAll('table.findings tbody tr').length")).GetInt32());

        // The finding page: both screenshots side by side, the similarity, the timeline, the evidence button.
        await browser.GoAsync(new Uri(host.BaseAddress, "/findings"));
        await browser.ActAsync("document.querySelector('table.findings tbody tr a.name').click()");
        Assert.Equal($"/findings/{finding}", await browser.PathAsync());
        Assert.Equal(2, (await browser.EvaluateAsync("[...document.querySelectorAll('.compare img')].filter(i => i.naturalWidth > 0).length")).GetInt32());
        var page = await browser.TextAsync();
        Assert.Contains("93% similar to the genuine page https://en-marche.fr/login", page, StringComparison.Ordinal);
        Assert.Contains("registered 2026-11-19 by Lab Registrar", page, StringComparison.Ordinal);
        Assert.Contains("certificate for onedrive-en-marche.fr", page, StringComparison.Ordinal);
        Assert.Contains("phishing (92/100", page, StringComparison.Ordinal);
        Assert.Equal(1, (await browser.EvaluateAsync("document.querySelectorAll('a[href$=\"/evidence.zip\"]').length")).GetInt32());
        await File.WriteAllBytesAsync(Path.Combine(artifacts, $"finding-{kind}.png"), await browser.ScreenshotAsync());

        // Triage with a comment; the audit trail shows who, what and why.
        await browser.ActAsync("""
            document.querySelector('select[name=state]').value = 'confirmed_phishing';
            document.querySelector('textarea[name=comment]').value = 'Copy of our sign-in page; reported to the registrar.';
            document.querySelector('form[action$="/triage"] button').click();
            """);
        Assert.Equal($"/findings/{finding}", await browser.PathAsync());
        var audit = await browser.TextAsync("table.audit");
        Assert.Contains("camille", audit, StringComparison.Ordinal);
        Assert.Contains("new → confirmed phishing", audit, StringComparison.Ordinal);
        Assert.Contains("Copy of our sign-in page; reported to the registrar.", audit, StringComparison.Ordinal);

        // The watchlist editor: a bad entry comes back with the CLI's one-line error and the text as typed; a good one is saved.
        await browser.GoAsync(new Uri(host.BaseAddress, "/organisations"));
        await browser.ActAsync("document.querySelector('table a').click()");
        await browser.ActAsync("""
            document.querySelector('textarea[name=watchlist]').value = 'domains:\n  - en-marche.fr\n  - not a domain\n';
            document.querySelector('form textarea').form.querySelector('button').click();
            """);
        Assert.Contains("line 3, domains: 'not a domain'", await browser.TextAsync(".error"), StringComparison.Ordinal);
        Assert.Contains("not a domain", (await browser.EvaluateAsync("document.querySelector('textarea').value")).GetString(), StringComparison.Ordinal);
        await browser.ActAsync("""
            document.querySelector('textarea[name=watchlist]').value = 'organisation: En Marche\ndomains:\n  - en-marche.fr\nbrands:\n  - En Marche\n';
            document.querySelector('form textarea').form.querySelector('button').click();
            """);
        Assert.Contains("brands:\n  - En Marche", (await browser.EvaluateAsync("document.querySelector('textarea').value")).GetString(), StringComparison.Ordinal);
        Assert.Equal("", await browser.TextAsync(".error"));

        // In French, at a phone's width: the same pages, laid out for a narrow screen, kept for a person to look at.
        await browser.ActAsync("document.querySelector('form.lang button[value=fr]').click()");
        await browser.ViewportAsync(390, 844, mobile: true);
        await browser.GoAsync(new Uri(host.BaseAddress, "/findings"));
        Assert.Equal("fr", (await browser.EvaluateAsync("document.documentElement.lang")).GetString());
        await File.WriteAllBytesAsync(Path.Combine(artifacts, $"findings-{kind}-fr-phone.png"), await browser.ScreenshotAsync());
        await browser.GoAsync(new Uri(host.BaseAddress, $"/findings/{finding}"));
        await File.WriteAllBytesAsync(Path.Combine(artifacts, $"finding-{kind}-fr-phone.png"), await browser.ScreenshotAsync());
        await browser.ViewportAsync(1366, 900, mobile: false);
        await File.WriteAllBytesAsync(Path.Combine(artifacts, $"finding-{kind}-fr.png"), await browser.ScreenshotAsync());

        // Sign out: the session is over.
        await browser.ActAsync("document.querySelector('form[action=\"/signout\"] button').click()");
        Assert.StartsWith("/signin", await browser.PathAsync(), StringComparison.Ordinal);
        await browser.GoAsync(new Uri(host.BaseAddress, $"/findings/{finding}"));
        Assert.StartsWith("/signin", await browser.PathAsync(), StringComparison.Ordinal);
    }
}
