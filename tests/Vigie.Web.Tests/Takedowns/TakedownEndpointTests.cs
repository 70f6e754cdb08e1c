using System.Net;
using MimeKit;
using Vigie.Enrichment.Tests.Rdap;
using Vigie.Exports.Tests.Support;
using Vigie.Mail;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Takedowns;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.TestSupport;
using Vigie.TestSupport.Smtp;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Takedowns;

[Collection(WebCollection.Name)]
public sealed class TakedownEndpointTests(PostgresServer postgres)
{
    [Fact]
    public async Task Draft_AnalystWithTheFormsToken_EmlDownloadedAndTheFindingRecorded()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres, c => c with { Takedown = c.Takedown with { From = "security@en-marche.fr", Language = "fr" } });
        var (finding, session) = await AnalystOnAFindingAsync(host);
        using var signedIn = session;

        var response = await WebTestHost.PostFormAsync(session, $"/findings/{finding}/takedown", $"/findings/{finding}", ("lang", "fr"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("message/rfc822", response.Content.Headers.ContentType!.MediaType);
        var eml = await response.Content.ReadAsStringAsync();
        Assert.Contains("security@en-marche.fr", eml, StringComparison.Ordinal);
        Assert.Contains("X-Unsent: 1", eml, StringComparison.Ordinal);
        Assert.Equal(TriageState.TakedownRequested, (await host.Service<IFindingRepository>().GetAsync(finding, CancellationToken.None))!.State);
        var request = Assert.Single(await host.Service<ITakedownRepository>().ListAsync(finding, CancellationToken.None));
        Assert.Equal("bruno", request.Actor);
        Assert.Equal("fr", request.Language);
        var page = await session.GetStringAsync($"/findings/{finding}");
        Assert.Contains("Draft a follow-up", page, StringComparison.Ordinal);
        Assert.Contains("abuse report drafted to no abuse contact found", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_ViewerOrNoAntiforgeryToken_Refused()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        var organisation = await Seed.OrganisationAsync(host);
        var finding = await Seed.FindingAsync(host, organisation.Id, "en-rnarche.fr", "en-marche.fr", 92, "homoglyph");
        await host.AddUserAsync("vera", "correct horse battery", UserRole.Viewer);
        await host.AddUserAsync("bruno", "correct horse battery", UserRole.Analyst);
        using var viewer = await host.SignedInAsync("vera", "correct horse battery");
        using var analyst = await host.SignedInAsync("bruno", "correct horse battery");

        var asViewer = await WebTestHost.PostFormAsync(viewer, $"/findings/{finding}/takedown", $"/findings/{finding}", ("lang", "en"));
        var withoutToken = await analyst.PostAsync($"/findings/{finding}/takedown", new FormUrlEncodedContent([new("lang", "en")]));

        Assert.NotEqual(HttpStatusCode.OK, asViewer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Empty(await host.Service<ITakedownRepository>().ListAsync(finding, CancellationToken.None));
        Assert.DoesNotContain("/takedown", await viewer.GetStringAsync($"/findings/{finding}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_SmtpConfiguredAndLocalRdap_EachAbuseContactMailedRecordedAsSentAndBackToTheFinding()
    {
        await using var domains = await RdapLabServer.StartAsync();
        await using var networks = await RdapIpLabServer.StartAsync();
        await using var smtp = await SmtpTestServer.StartAsync();
        using var rdap = new TempFolder();
        await File.WriteAllTextAsync(rdap.File("dns.json"), domains.Bootstrap);
        await File.WriteAllTextAsync(rdap.File("ipv4.json"), networks.Bootstrap);
        await File.WriteAllTextAsync(rdap.File("ipv6.json"), networks.Bootstrap);
        await using var host = await WebTestHost.StartAsync("sqlite", postgres, c => c with
        {
            Smtp = new SmtpSettings("127.0.0.1", smtp.Port, SmtpSecurity.None, null, null, new MailboxAddress("Vigie", "vigie@en-marche.fr")) { Attempts = 1 },
            Takedown = c.Takedown with { From = "security@en-marche.fr", RdapFolder = rdap.Path },
        });
        var (finding, session) = await AnalystOnAFindingAsync(host);
        using var signedIn = session;
        await Seed.ObservationAsync(host, finding, ObservationKind.Dns, "registered", """{"status":"registered","records":{"A":["192.0.2.10"],"AAAA":["2001:db8::10"]}}""");
        var evidence = host.Service<EvidenceStore>();
        var screenshot = await evidence.PutAsync("screenshot", "image/png", [0x89, .. "PNG\r\n\u001a\nlab"u8], "https://en-rnarche.fr/", CancellationToken.None);
        await evidence.SaveManifestAsync(new EvidenceManifest("en-rnarche.fr", Seed.Start, new Dictionary<string, string> { ["verdict"] = "phishing" }, [screenshot]), CancellationToken.None);
        Assert.Contains("name=\"send\" value=\"1\"", await session.GetStringAsync($"/findings/{finding}"), StringComparison.Ordinal);

        var response = await WebTestHost.PostFormAsync(session, $"/findings/{finding}/takedown", $"/findings/{finding}", ("lang", "en"), ("send", "1"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/findings/{finding}", response.Headers.Location?.ToString());
        var mails = smtp.Messages();
        Assert.Equal(["abuse@cloud.test", "abuse@hosting.test", "abuse@registrar.test"], mails.SelectMany(m => m.Recipients).Order(StringComparer.Ordinal));
        Assert.All(mails, m => Assert.Contains("en-rnarche.fr-evidence.zip", System.Text.Encoding.UTF8.GetString(m.Data), StringComparison.Ordinal));
        var request = Assert.Single(await host.Service<ITakedownRepository>().ListAsync(finding, CancellationToken.None));
        Assert.True(request.Sent);
        Assert.Equal(["abuse@registrar.test", "abuse@hosting.test", "abuse@cloud.test"], request.Recipients);
        Assert.Contains("abuse report sent to abuse@registrar.test", await session.GetStringAsync($"/findings/{finding}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_NoSmtpSection_OnlyTheDraftButton()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        var (finding, session) = await AnalystOnAFindingAsync(host);
        using var signedIn = session;

        var page = await session.GetStringAsync($"/findings/{finding}");
        var send = await WebTestHost.PostFormAsync(session, $"/findings/{finding}/takedown", $"/findings/{finding}", ("lang", "en"), ("send", "1"));

        Assert.Contains("Draft the abuse report", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"send\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, send.StatusCode);
        Assert.Contains("no smtp: section", await send.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await host.Service<ITakedownRepository>().ListAsync(finding, CancellationToken.None));
    }

    /// <summary>The lab's homoglyph of en-marche.fr, and an analyst signed in.</summary>
    private static async Task<(long Finding, HttpClient Session)> AnalystOnAFindingAsync(WebTestHost host)
    {
        var organisation = await Seed.OrganisationAsync(host);
        var finding = await Seed.FindingAsync(host, organisation.Id, "en-rnarche.fr", "en-marche.fr", 92, "homoglyph");
        await host.AddUserAsync("bruno", "correct horse battery", UserRole.Analyst);
        return (finding, await host.SignedInAsync("bruno", "correct horse battery"));
    }
}
