using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Vigie.Storage.Findings;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class ExportApiTests(PostgresServer postgres)
{
    public static TheoryData<string> Kinds => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Exports_ReadToken_PullsBlocklistsAndStixWithTheFilters(string kind)
    {
        await using var host = await WebTestHost.StartAsync(kind, postgres);
        using var client = await ReaderAsync(host);

        var adblock = await client.GetStringAsync("/api/v1/exports/adblock");
        var rpz = await client.GetStringAsync("/api/v1/exports/rpz?min=80&cname=garden.example.org");
        var stix = await client.GetAsync("/api/v1/exports/stix?org=en-marche&state=all");

        Assert.Equal(["||en-marhce.fr^", "||onedrive-en-marche.fr^"], adblock.Split('\n').Where(l => l.StartsWith("||", StringComparison.Ordinal)).Order());
        Assert.Equal(["*.onedrive-en-marche.fr CNAME garden.example.org.", "onedrive-en-marche.fr CNAME garden.example.org."],
            rpz.Split('\n').Where(l => l.Contains("CNAME", StringComparison.Ordinal)).Order());
        Assert.Equal("application/stix+json", stix.Content.Headers.ContentType!.MediaType);
        var objects = (await stix.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("objects");
        Assert.Equal(3, objects.EnumerateArray().Count(o => o.GetProperty("type").GetString() == "indicator"));
    }

    [Fact]
    public async Task Exports_MispFeed_ManifestHashesAndEventsByUuid()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        using var client = await ReaderAsync(host);

        var manifest = await client.GetFromJsonAsync<JsonElement>("/api/v1/exports/misp/manifest.json");
        var uuids = manifest.EnumerateObject().Select(p => p.Name).ToList();
        var hashes = await client.GetStringAsync("/api/v1/exports/misp/hashes.csv");
        var theEvent = await client.GetFromJsonAsync<JsonElement>($"/api/v1/exports/misp/{uuids[0]}.json");

        Assert.Equal(2, uuids.Count);
        Assert.Equal(uuids[0], theEvent.GetProperty("Event").GetProperty("uuid").GetString());
        Assert.Contains("," + uuids[1], hashes, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/exports/misp/{Guid.NewGuid()}.json")).StatusCode);
    }

    [Fact]
    public async Task Exports_BadFormatOrNoToken_400Or401()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        using var client = await ReaderAsync(host);

        var bad = await client.GetAsync("/api/v1/exports/pdf");
        var misp = await client.GetAsync("/api/v1/exports/misp");
        var state = await client.GetAsync("/api/v1/exports/csv?state=done");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.StartsWith("--format: 'pdf' is not one of csv", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, misp.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, state.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().GetAsync("/api/v1/exports/rpz")).StatusCode);
    }

    private static async Task<HttpClient> ReaderAsync(WebTestHost host)
    {
        var organisation = await Seed.OrganisationAsync(host);
        await Seed.FindingAsync(host, organisation.Id, "en-marhce.fr", "en-marche.fr", 70, "transposition");
        await Seed.FindingAsync(host, organisation.Id, "onedrive-en-marche.fr", "en-marche.fr", 90, "dot-to-hyphen");
        var benign = await Seed.FindingAsync(host, organisation.Id, "en-marche-blog.fr", "en-marche.fr", 85, "combosquat");
        await host.Service<ITriageRepository>().ChangeStateAsync(benign, TriageState.Benign, new Actor("ana"), "their blog", CancellationToken.None);
        var user = await host.AddUserAsync("resolver", "correct horse battery", UserRole.Viewer);
        var token = await host.Service<IApiTokenRepository>().CreateAsync(user.Id, "unbound", TokenScope.Read, CancellationToken.None);
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        return client;
    }
}
