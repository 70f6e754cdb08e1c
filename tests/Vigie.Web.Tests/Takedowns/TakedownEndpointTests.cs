using System.Net;
using Vigie.Storage.Findings;
using Vigie.Storage.Takedowns;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Takedowns;

[Collection(WebCollection.Name)]
public sealed class TakedownEndpointTests(PostgresServer postgres)
{
    [Fact]
    public async Task Draft_AnalystWithTheFormsToken_EmlDownloadedAndTheFindingRecorded()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres, c => c with { Takedown = c.Takedown with { From = "security@en-marche.fr", Language = "fr" } });
        var organisation = await Seed.OrganisationAsync(host);
        var finding = await Seed.FindingAsync(host, organisation.Id, "en-rnarche.fr", "en-marche.fr", 92, "homoglyph");
        await host.AddUserAsync("bruno", "correct horse battery", UserRole.Analyst);
        using var session = await host.SignedInAsync("bruno", "correct horse battery");

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
}
