using System.Net;
using MimeKit;
using Vigie.Mail;
using Vigie.Storage.Findings;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.TestSupport.Smtp;
using Vigie.Web.Digest;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Digest;

/// <summary>The dashboard's digest page: previews in English and French, and "send now" through a real SMTP server, for admins only.</summary>
[Collection(WebCollection.Name)]
public sealed class DigestEndpointTests(PostgresServer postgres)
{
    [Fact]
    public async Task Preview_AdminInEachLanguage_TheEmailsHtmlUnderAStrictPolicy()
    {
        await using var host = await StartAsync(port: 25);
        var organisation = await SeedAsync(host);
        await host.AddUserAsync("ada", "correct horse battery", UserRole.Admin);
        using var admin = await host.SignedInAsync("ada", "correct horse battery");

        var page = await admin.GetStringAsync("/digest");
        var english = await admin.GetAsync($"/digest/{organisation}/preview?lang=en");
        var french = await admin.GetStringAsync($"/digest/{organisation}/preview?lang=fr");

        Assert.Contains($"/digest/{organisation}/preview?lang=fr", page, StringComparison.Ordinal);
        Assert.Contains("team@en-marche.fr", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.StartsWith("default-src 'none'; img-src data:", english.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var html = await english.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Two neighbouring letters of en-marche.fr were swapped.", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendNow_AdminWithTheFormsToken_DeliveredAndReportedInOneLine()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var host = await StartAsync(smtp.Port);
        var organisation = await SeedAsync(host);
        await host.AddUserAsync("ada", "correct horse battery", UserRole.Admin);
        using var admin = await host.SignedInAsync("ada", "correct horse battery");

        var response = await WebTestHost.PostFormAsync(admin, $"/digest/{organisation}/send", "/digest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Digest of En Marche: 1 of 1 delivered", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var message = MimeMessage.Load(new MemoryStream(Assert.Single(smtp.Messages()).Data));
        Assert.Equal("team@en-marche.fr", message.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task SendNow_AnonymousAnalystOrNoToken_RefusedAndNothingSent()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var host = await StartAsync(smtp.Port);
        var organisation = await SeedAsync(host);
        await host.AddUserAsync("ada", "correct horse battery", UserRole.Admin);
        await host.AddUserAsync("bruno", "correct horse battery", UserRole.Analyst);
        using var anonymous = host.Client();
        using var analyst = await host.SignedInAsync("bruno", "correct horse battery");
        using var admin = await host.SignedInAsync("ada", "correct horse battery");

        var asAnonymous = await anonymous.PostAsync($"/digest/{organisation}/send", new FormUrlEncodedContent([]));
        var previewAnonymous = await anonymous.GetAsync($"/digest/{organisation}/preview");
        var asAnalyst = await WebTestHost.PostFormAsync(analyst, $"/digest/{organisation}/send", "/findings");
        var previewAnalyst = await analyst.GetAsync($"/digest/{organisation}/preview");
        var withoutToken = await admin.PostAsync($"/digest/{organisation}/send", new FormUrlEncodedContent([]));

        Assert.NotEqual(HttpStatusCode.OK, asAnonymous.StatusCode);
        Assert.Contains("/signin?ReturnUrl=", previewAnonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, asAnalyst.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, previewAnalyst.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Empty(smtp.Messages());
    }

    private Task<WebTestHost> StartAsync(int port) => WebTestHost.StartAsync("sqlite", postgres, c => c with
    {
        Smtp = new SmtpSettings("127.0.0.1", port, SmtpSecurity.None, null, null, new MailboxAddress("Vigie", "vigie@en-marche.fr")) { Attempts = 1 },
        Digest = new DigestSettings { States = [TriageState.New], Organisations = new Dictionary<string, DigestRecipients> { ["en-marche"] = new(["team@en-marche.fr"], null, null, null) } },
    });

    /// <summary>An organisation with one finding first seen last week, the week a preview and "send now" cover.</summary>
    private static async Task<long> SeedAsync(WebTestHost host)
    {
        var organisation = await Seed.OrganisationAsync(host);
        var lastWeek = DigestPeriod.LastWeek(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        await Seed.FindingAsync(host, organisation.Id, "en-marhce.fr", "en-marche.fr", 80, "transposition", day: (int)(lastWeek.From.AddDays(2) - Seed.Start).TotalDays);
        return organisation.Id;
    }
}
