using System.Globalization;
using System.Text.RegularExpressions;
using MimeKit;
using Vigie.Mail;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;
using Vigie.TestSupport.Smtp;
using Vigie.Web.Digest;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Digest;

/// <summary>
/// A week of the lab's findings with real screenshots (the genuine sign-in page and its copy, captured by Chromium),
/// sent as the digest in English and French through a real SMTP server (python3-aiosmtpd), read back with MimeKit,
/// then rendered in headless Chromium at a desktop and a phone width (PNGs under artifacts/digest/).
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class DigestMailTests(PostgresServer postgres)
{
    private const string Cyrillic = "\u0435n-marche.fr";
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task SendAsync_LabWeekInBothLanguages_PartsPicturesDefangedHighlightedAndRendered()
    {
        await using var browser = await BrowserDriver.StartAsync();
        var (genuine, copy, copyHtml) = await LabCaptures.TakeAsync(browser);
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        await SeedWeekAsync(host, genuine, copy, copyHtml);
        await using var smtp = await SmtpTestServer.StartAsync();
        var service = Service(host, smtp.Port);
        var sender = new SmtpMailSender(service.Smtp!, TimeProvider.System);
        var week = DigestPeriod.Week("2026-W47", Paris);

        foreach (var (language, to) in new[] { ("en", "alice@en-marche.fr"), ("fr", "bob@en-marche.fr") })
        {
            var build = await service.BuildAsync(await Organisation(host), week, language, CancellationToken.None);
            Assert.Null(build.Warning);
            var report = await service.SendAsync(build, [to], sender, CancellationToken.None);
            Assert.Equal("1 of 1 delivered", report!.Summary());
        }

        var received = smtp.Messages();
        Assert.Equal([["alice@en-marche.fr"], ["bob@en-marche.fr"]], received.Select(m => m.Recipients));
        var english = MimeMessage.Load(new MemoryStream(received[0].Data));
        var french = MimeMessage.Load(new MemoryStream(received[1].Data));
        var artifacts = Directory.CreateDirectory(Path.Combine(SharedData.RepoRoot, "artifacts", "digest")).FullName;
        foreach (var (message, language) in new[] { (english, "en"), (french, "fr") })
        {
            var (html, text) = CheckParts(message);
            CheckAddresses(html, text);
            await RenderAsync(browser, message, html, Path.Combine(artifacts, $"digest-{language}"));
        }

        Assert.StartsWith("En Marche: fake addresses found from November 16 to November 22", english.Subject, StringComparison.Ordinal);
        Assert.StartsWith("En Marche : fausses adresses repérées du 16 novembre au 22 novembre", french.Subject, StringComparison.Ordinal);
        Assert.Contains("The dot after onedrive became a hyphen.", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("Le point après onedrive est devenu un tiret.", french.TextBody, StringComparison.Ordinal);
        Assert.Contains("“е” is Cyrillic, not the Latin letter it looks like.", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("« е » est cyrillique", french.TextBody, StringComparison.Ordinal);
        // The trick in the same plain per-technique sentences in both languages, never the matcher's analyst wording.
        Assert.Contains("The trick: Letters that look the same stand in for those of en-marche.fr.", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("The trick: Two neighbouring letters of en-marche.fr were swapped.", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("L'astuce\u00a0: Deux lettres voisines de en-marche.fr ont été inversées.", french.TextBody, StringComparison.Ordinal);
        Assert.Contains("“é” is not a plain letter: look for the small mark on it.", english.TextBody, StringComparison.Ordinal);
        Assert.All(new[] { english, french }, m => Assert.DoesNotContain("(homoglyph)", m.TextBody + m.HtmlBody, StringComparison.Ordinal));
        // A finding without pictures: one short line, no empty frames.
        Assert.Contains("No picture of these pages yet.", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("No picture: the site did not answer.", english.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Pas d'image\u00a0: le site n'a pas répondu.", System.Net.WebUtility.HtmlDecode(french.HtmlBody), StringComparison.Ordinal);
        Assert.DoesNotContain("No picture of this page yet.", english.HtmlBody, StringComparison.Ordinal);
        // Spot the fake: the answers mark the swapped letter of a fake that prints like the real address, and leave the real one as it is.
        Assert.Matches(@"  \d\. \u0435n-marche\[\.\]fr — fake\r?\n {5}\^\r?\n", english.TextBody);
        Assert.Matches(@"  \d\. en-marche\.fr — real\r?\n", english.TextBody);
        Assert.Matches(@"\d\. en-marche\.fr</span> — vraie", french.HtmlBody);
        Assert.Contains("First seen on Friday, November 20, 2026 at 10:00", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("Repérée le vendredi 20 novembre 2026 à 10:00", french.TextBody, StringComparison.Ordinal);
        Assert.Contains("The real page was not captured.", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("La vraie page n'a pas été capturée.", System.Net.WebUtility.HtmlDecode(french.HtmlBody), StringComparison.Ordinal);
        Assert.Equal("fr", french.Body!.Headers["Content-Language"]);
    }

    [Fact]
    public async Task SendAsync_OneRecipientRefused_OthersStillGetTheDigestAndOneLineSaysWho()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        await SeedWeekAsync(host, null, null, "<html></html>");
        await using var smtp = await SmtpTestServer.StartAsync();
        smtp.RejectRecipient("carol@en-marche.fr", "550 5.1.1 no such user");
        smtp.RejectRecipient("dave@en-marche.fr", "451 4.7.1 try again later", times: 1);
        var service = Service(host, smtp.Port);
        var build = await service.BuildAsync(await Organisation(host), DigestPeriod.Week("2026-W47", Paris), null, CancellationToken.None);

        var report = await service.SendAsync(build, ["alice@en-marche.fr", "carol@en-marche.fr", "dave@en-marche.fr"], new SmtpMailSender(service.Smtp!, TimeProvider.System), CancellationToken.None);

        Assert.Equal("2 of 3 delivered; not delivered: carol@en-marche.fr (550 5.1.1 no such user, 1 attempt)", report!.Summary());
        Assert.Equal(["alice@en-marche.fr", "dave@en-marche.fr"], smtp.Messages().Select(m => m.Recipients.Single()));
    }

    private static (string Html, string Text) CheckParts(MimeMessage message)
    {
        // multipart/alternative: the plain text first, then multipart/related holding the HTML and its pictures.
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        var text = Assert.IsType<TextPart>(alternative[0]);
        Assert.True(text.IsPlain);
        var related = Assert.IsType<MultipartRelated>(alternative[1]);
        var html = Assert.IsType<TextPart>(related[0]);
        Assert.True(html.IsHtml);
        var pictures = related.Skip(1).Cast<MimePart>().ToList();
        Assert.All(pictures, p => Assert.Equal("image/jpeg", p.ContentType.MimeType));
        var referenced = CidReference().Matches(html.Text).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(pictures.Select(p => p.ContentId).Order(), referenced.Order());
        Assert.Equal(3, pictures.Count); // the clone and the genuine page, and the Cyrillic fake whose genuine page was not captured
        Assert.DoesNotContain("<script", html.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html.Text, StringComparison.Ordinal);
        Assert.NotNull(message.MessageId);
        Assert.NotEqual(default, message.Date);
        Assert.StartsWith("<mailto:vigie@en-marche.fr?subject=unsubscribe", message.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        return (html.Text, text.Text);
    }

    private static void CheckAddresses(string html, string text)
    {
        // What a reader sees of the HTML: the marked runs of an address are in spans of their own.
        var visible = Tag().Replace(html, "");
        foreach (var body in new[] { visible, text })
        {
            Assert.Contains("onedrive-en-marche[.]fr", body, StringComparison.Ordinal);
            Assert.Contains("en-marhce[.]fr", body, StringComparison.Ordinal);
            Assert.DoesNotContain("onedrive-en-marche.fr", body, StringComparison.Ordinal);
            Assert.DoesNotContain("en-marhce.fr", body, StringComparison.Ordinal);
        }

        foreach (var body in new[] { html, text })
        {
            Assert.DoesNotContain("onedrive-en-marche.fr", body, StringComparison.Ordinal);
            Assert.DoesNotContain(Cyrillic, body, StringComparison.Ordinal);
            Assert.DoesNotContain("out-of-week", body, StringComparison.Ordinal);
            Assert.DoesNotContain("en-marche-benign", body, StringComparison.Ordinal);
        }

        // The only links go to the dashboard.
        Assert.All(Href().Matches(html), m => Assert.StartsWith("https://vigie.example.org/", m.Groups[1].Value, StringComparison.Ordinal));
        var marked = Marked().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("onedrive-", marked);
        Assert.Contains("hc", marked);
        Assert.Contains("е", marked);
        // Text: a line of carets under the differing characters.
        Assert.Matches(@"onedrive-en-marche\[\.\]fr\r?\n {3,}\^{9}\r?\n", text);
    }

    private static async Task RenderAsync(BrowserDriver browser, MimeMessage message, string html, string prefix)
    {
        using var folder = new TempFolder();
        var parts = message.BodyParts.OfType<MimePart>().Where(p => p.ContentId is not null).ToDictionary(p => p.ContentId!, p =>
        {
            using var bytes = new MemoryStream();
            p.Content!.DecodeTo(bytes);
            return $"data:{p.ContentType.MimeType};base64,{Convert.ToBase64String(bytes.ToArray())}";
        });
        await File.WriteAllTextAsync(folder.File("digest.html"), CidReference().Replace(html, m => parts[m.Groups[1].Value]));
        foreach (var (name, width, height, mobile) in new[] { ("desktop", 1280, 900, false), ("phone", 390, 844, true) })
        {
            await browser.ViewportAsync(width, height, mobile);
            await browser.GoAsync(new Uri(folder.File("digest.html")));
            Assert.Equal(3, (await browser.EvaluateAsync("[...document.images].filter(i => i.complete && i.naturalWidth > 0).length")).GetInt32());
            // Nothing wider than the screen: no sideways scrolling on a phone.
            Assert.True((await browser.EvaluateAsync("document.documentElement.scrollWidth <= window.innerWidth")).GetBoolean(), $"{name}: wider than {width}px");
            await File.WriteAllBytesAsync($"{prefix}-{name}.png", await browser.ScreenshotAsync());
        }
    }

    private static DigestService Service(WebTestHost host, int smtpPort)
    {
        var smtp = new SmtpSettings("127.0.0.1", smtpPort, SmtpSecurity.None, null, null, new MailboxAddress("Vigie", "vigie@en-marche.fr")) { FirstBackoff = TimeSpan.FromMilliseconds(100) };
        var settings = new DigestSettings { States = [TriageState.New, TriageState.ConfirmedPhishing], SpotTheFake = true, Contact = "Camille (+33 1 23 45 67 89)" };
        return new DigestService(new DigestLoader(host.Service<IFindingRepository>(), host.Service<IObservationRepository>(), host.Service<EvidenceStore>()),
            settings, smtp, new Uri("https://vigie.example.org/"), TimeProvider.System);
    }

    private static async Task<Storage.Organisations.Organisation> Organisation(WebTestHost host) =>
        (await host.Service<Storage.Organisations.IOrganisationRepository>().GetBySlugAsync("en-marche", CancellationToken.None))!;

    /// <summary>The lab's three findings, a Cyrillic look-alike captured without the genuine page, one benign and one of another week (both left out).</summary>
    private static async Task SeedWeekAsync(WebTestHost host, byte[]? genuine, byte[]? copy, string copyHtml)
    {
        long organisation;
        if (genuine is not null && copy is not null)
        {
            await LabFindings.SeedAsync(host, genuine, copy, copyHtml);
            organisation = (await Organisation(host)).Id;
            var cyrillic = await Seed.FindingAsync(host, organisation, new IdnMapping().GetAscii(Cyrillic), "en-marche.fr", 90, "homoglyph", day: 1);
            var shot = await host.Service<EvidenceStore>().PutAsync("screenshot", "image/png", copy, "https://" + new IdnMapping().GetAscii(Cyrillic) + "/", CancellationToken.None);
            await Seed.ObservationAsync(host, cyrillic, ObservationKind.Screenshot, "a sign-in form", "{}", [shot], minutes: 30);
        }
        else
        {
            organisation = (await Seed.OrganisationAsync(host)).Id;
            await Seed.FindingAsync(host, organisation, LabFindings.Clone, "en-marche.fr", 95, "dot-to-hyphen");
        }

        var benign = await Seed.FindingAsync(host, organisation, "en-marche-benign.fr", "en-marche.fr", 60, "combosquatting", day: 2);
        await host.Service<ITriageRepository>().ChangeStateAsync(benign, TriageState.Benign, new Actor("test"), "", CancellationToken.None);
        await Seed.FindingAsync(host, organisation, "out-of-week.fr", "en-marche.fr", 70, "combosquatting", day: 10);
    }

    [GeneratedRegex("cid:([^\"' )]+)")]
    private static partial Regex CidReference();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<span style=\"background:#ffd54f[^\"]*\">([^<]*)</span>")]
    private static partial Regex Marked();
}
