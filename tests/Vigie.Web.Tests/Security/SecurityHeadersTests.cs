using System.Net;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Security;

[Collection(WebCollection.Name)]
public sealed class SecurityHeadersTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("/signin")]
    [InlineData("/static/vigie.css")]
    [InlineData("/health")]
    [InlineData("/findings")]
    [InlineData("/nowhere")]
    public async Task Response_AnyPath_CarriesTheSecurityHeaders(string path)
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        await host.AddUserAsync("ana", "correct horse battery", UserRole.Viewer);
        using var client = await host.SignedInAsync("ana", "correct horse battery");
        using var response = await client.GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task SignIn_Cookies_AreHttpOnlyAndSameSite()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        await host.AddUserAsync("ana", "correct horse battery", UserRole.Viewer);
        using var client = host.Client();
        var response = await WebTestHost.PostFormAsync(client, "/signin", "/signin", ("name", "ana"), ("password", "correct horse battery"));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vigie.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_BehindTls_CookiesAreSecure()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres, c => c with { PublicUrl = new Uri("https://vigie.example.org/") });
        await host.AddUserAsync("ana", "correct horse battery", UserRole.Viewer);

        // The TLS proxy in front says https; cookies are handled by hand, as a cookie jar keeps Secure ones from http://.
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        using var form = new HttpRequestMessage(HttpMethod.Get, "/signin");
        form.Headers.Add("X-Forwarded-Proto", "https");
        using var page = await client.SendAsync(form);
        var csrfCookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vigie.csrf=", StringComparison.Ordinal));
        Assert.Contains("secure", csrfCookie, StringComparison.OrdinalIgnoreCase);
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__csrf\" value=\"([^\"]+)\"").Groups[1].Value;

        using var post = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = System.Net.WebUtility.HtmlDecode(token), ["name"] = "ana", ["password"] = "correct horse battery" }),
        };
        post.Headers.Add("X-Forwarded-Proto", "https");
        post.Headers.Add("Cookie", csrfCookie.Split(';')[0]);
        using var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vigie.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
