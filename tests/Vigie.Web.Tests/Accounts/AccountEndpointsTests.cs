using System.Net;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.Web.Security;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Accounts;

[Collection(WebCollection.Name)]
public sealed class AccountEndpointsTests(PostgresServer postgres)
{
    public static TheoryData<string> Kinds => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccount(string kind)
    {
        await using var host = await WebTestHost.StartAsync(kind, postgres);
        await host.AddUserAsync("ana", "correct horse battery", UserRole.Analyst);
        using var client = host.Client();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await WebTestHost.PostFormAsync(client, "/signin", "/signin", ("name", "ana"), ("password", "wrong password " + i));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Contains("Wrong name or password.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var locked = await WebTestHost.PostFormAsync(client, "/signin", "/signin", ("name", "ana"), ("password", "correct horse battery"));
        Assert.Equal(HttpStatusCode.Forbidden, locked.StatusCode);
        Assert.Contains("locked until", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ManyAttemptsFromOneAddress_AreRateLimited()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        using var client = host.Client();
        var token = await WebTestHost.CsrfAsync(client, "/signin");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = token, ["name"] = $"nobody{i}", ["password"] = "x" });
            statuses.Add((await client.PostAsync("/signin", form)).StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    [Fact]
    public async Task Setup_OneTimeToken_CreatesTheFirstAdminOnce()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        var token = host.Service<FirstAdminToken>().Issue();
        using var client = host.Client();
        var wrong = await WebTestHost.PostFormAsync(client, "/setup", "/setup", ("token", "nope"), ("name", "root"), ("password", "correct horse battery"));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);

        // A wrong token does not spend the right one.
        var created = await WebTestHost.PostFormAsync(client, "/setup", "/setup", ("token", token), ("name", "root"), ("password", "correct horse battery"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var me = await client.GetStringAsync("/users");
        Assert.Contains("root", me, StringComparison.Ordinal);

        using var other = host.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/setup")).StatusCode);
        var again = await WebTestHost.PostFormAsync(other, "/setup", "/signin", ("token", token), ("name", "mallory"), ("password", "correct horse battery"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Null(await host.Service<IUserRepository>().FindByNameAsync("mallory", CancellationToken.None));
    }

    [Fact]
    public async Task SignIn_ReturnUrlElsewhere_StaysOnTheSite()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        await host.AddUserAsync("ana", "correct horse battery", UserRole.Viewer);
        using var client = host.Client();
        var response = await WebTestHost.PostFormAsync(client, "/signin", "/signin", ("name", "ana"), ("password", "correct horse battery"), ("returnUrl", "//evil.example/"));
        Assert.Equal("/findings", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Viewer_AdminPagesAndTriage_AreForbidden()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        await host.AddUserAsync("vera", "correct horse battery", UserRole.Viewer);
        using var client = await host.SignedInAsync("vera", "correct horse battery");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/users")).StatusCode);
        var triage = await WebTestHost.PostFormAsync(client, "/findings/1/triage", "/findings", ("state", "benign"));
        Assert.Equal(HttpStatusCode.Forbidden, triage.StatusCode);
    }

    [Fact]
    public async Task Language_FrenchBrowser_GetsFrenchUntilTheUserChooses()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        await host.AddUserAsync("ana", "correct horse battery", UserRole.Viewer);
        using var client = await host.SignedInAsync("ana", "correct horse battery");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9,en;q=0.5");
        Assert.Contains("Domaines suspects", await client.GetStringAsync("/findings"), StringComparison.Ordinal);
        var chosen = await WebTestHost.PostFormAsync(client, "/preferences/language", "/findings", ("language", "en"), ("returnUrl", "/sources"));
        Assert.Equal("/sources", chosen.Headers.Location!.OriginalString);
        Assert.Contains("<h1>Findings</h1>", await client.GetStringAsync("/findings"), StringComparison.Ordinal);
        Assert.Equal("en", (await host.Service<IUserRepository>().FindByNameAsync("ana", CancellationToken.None))!.Language);
    }
}
