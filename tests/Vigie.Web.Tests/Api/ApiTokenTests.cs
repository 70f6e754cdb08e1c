using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class ApiTokenTests(PostgresServer postgres)
{
    public static TheoryData<string> Kinds => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ReadToken_ReadsButCannotTriage(string kind)
    {
        await using var host = await WebTestHost.StartAsync(kind, postgres);
        var finding = await SeedAsync(host);
        var admin = await host.AddUserAsync("ana", "correct horse battery", UserRole.Admin);
        var token = await host.Service<IApiTokenRepository>().CreateAsync(admin.Id, "reports", TokenScope.Read, CancellationToken.None);
        using var client = Bearer(host, token.Secret);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/findings?sort=score&dir=desc");
        Assert.Equal(2, list.GetProperty("total").GetInt64());
        Assert.Equal("onedrive-en-marche.fr", list.GetProperty("items")[0].GetProperty("name").GetString());
        var one = await client.GetFromJsonAsync<JsonElement>($"/api/v1/findings/{finding}");
        Assert.Equal("new", one.GetProperty("finding").GetProperty("state").GetString());

        var triage = await client.PostAsJsonAsync($"/api/v1/findings/{finding}/triage", new { state = "benign", comment = "no" });
        Assert.Equal(HttpStatusCode.Forbidden, triage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/users")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task WriteToken_TriagesWithoutAntiforgery_AndIsAudited(string kind)
    {
        await using var host = await WebTestHost.StartAsync(kind, postgres);
        var finding = await SeedAsync(host);
        var analyst = await host.AddUserAsync("bruno", "correct horse battery", UserRole.Analyst);
        var token = await host.Service<IApiTokenRepository>().CreateAsync(analyst.Id, "soc script", TokenScope.Write, CancellationToken.None);
        using var client = Bearer(host, token.Secret);

        var triage = await client.PostAsJsonAsync($"/api/v1/findings/{finding}/triage", new { state = "confirmed_phishing", comment = "clone of the login page" });
        Assert.Equal(HttpStatusCode.OK, triage.StatusCode);
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/findings/{finding}");
        Assert.Equal("confirmed_phishing", details.GetProperty("finding").GetProperty("state").GetString());
        var change = details.GetProperty("history")[0];
        Assert.Equal("bruno", change.GetProperty("actor").GetString());
        Assert.Equal("clone of the login page", change.GetProperty("comment").GetString());

        var bad = await client.PostAsJsonAsync($"/api/v1/findings/{finding}/triage", new { state = "pwned" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("state: 'pwned' is not one of", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/tokens")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Token_RevokedOrUnknown_IsRefused(string kind)
    {
        await using var host = await WebTestHost.StartAsync(kind, postgres);
        var admin = await host.AddUserAsync("ana", "correct horse battery", UserRole.Admin);
        using var session = await host.SignedInAsync("ana", "correct horse battery");

        // Made through the admin page, as a person would: the secret is shown once.
        var page = await WebTestHost.PostFormAsync(session, "/tokens", "/users", ("name", "backup"), ("scope", "write"));
        var secret = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "vigie_[A-Za-z0-9_-]{43}").Value;
        Assert.NotEmpty(secret);
        using (var client = Bearer(host, secret))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/tokens")).StatusCode);
            Assert.Equal("ana", (await client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("name").GetString());
        }

        var tokens = await host.Service<IApiTokenRepository>().ListAsync(admin.Id, CancellationToken.None);
        Assert.Equal(HttpStatusCode.Redirect, (await WebTestHost.PostFormAsync(session, $"/tokens/{tokens[0].Id}/revoke", "/users")).StatusCode);
        using (var client = Bearer(host, secret))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/findings")).StatusCode);
        }

        using var unknown = Bearer(host, "vigie_" + new string('A', 43));
        var refused = await unknown.GetAsync("/api/v1/findings");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Bearer", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_SignedIn_DescribesTheApi()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        var admin = await host.AddUserAsync("ana", "correct horse battery", UserRole.Admin);
        var token = await host.Service<IApiTokenRepository>().CreateAsync(admin.Id, "docs", TokenScope.Read, CancellationToken.None);
        using var client = Bearer(host, token.Secret);
        var document = await client.GetFromJsonAsync<JsonElement>("/api/openapi.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/findings", "/api/v1/findings/{id}", "/api/v1/findings/{id}/triage", "/api/v1/organisations", "/api/v1/sources", "/api/v1/tokens", "/health" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        }

        Assert.False(paths.TryGetProperty("/findings", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().GetAsync("/api/openapi.json")).StatusCode);
    }

    private static HttpClient Bearer(WebTestHost host, string secret)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private static async Task<long> SeedAsync(WebTestHost host)
    {
        var organisation = await Seed.OrganisationAsync(host);
        await Seed.FindingAsync(host, organisation.Id, "en-marhce.fr", "en-marche.fr", 70, "transposition");
        return await Seed.FindingAsync(host, organisation.Id, "onedrive-en-marche.fr", "en-marche.fr", 95, "dot-to-hyphen", Vigie.Storage.Findings.SourceKind.Ct);
    }
}
