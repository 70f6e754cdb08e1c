using System.Net;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Security;

[Collection(WebCollection.Name)]
public sealed class AntiforgeryTests(PostgresServer postgres)
{
    [Fact]
    public async Task Post_WithoutToken_IsRefused()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        await host.AddUserAsync("ana", "correct horse battery", UserRole.Admin);
        using var anonymous = host.Client();
        var signIn = await anonymous.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "ana", ["password"] = "correct horse battery" }));
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);

        using var client = await host.SignedInAsync("ana", "correct horse battery");
        var forms = new[] { "/organisations", "/users", "/tokens", "/signout", "/preferences/language" };
        foreach (var path in forms)
        {
            var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "x" }));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {path} without a token answered {(int)response.StatusCode}");
        }

        var forged = await client.PostAsync("/organisations", new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = "forged", ["slug"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Post_WithToken_IsAccepted()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        await host.AddUserAsync("ana", "correct horse battery", UserRole.Admin);
        using var client = await host.SignedInAsync("ana", "correct horse battery");
        var response = await WebTestHost.PostFormAsync(client, "/organisations", "/organisations",
            ("slug", "en-marche"), ("name", "En Marche"), ("time_zone", "Europe/Paris"), ("watchlist", "domains:\n  - en-marche.fr\n"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
