using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Vigie.Storage.Tests.Support;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Security;

[Collection(WebCollection.Name)]
public sealed class EndpointSecurityTests(PostgresServer postgres)
{
    /// <summary>The only routes a signed-out visitor may use (issue 11, "Security").</summary>
    private static readonly HashSet<string> Anonymous = ["GET /signin", "POST /signin", "GET /setup", "POST /setup", "GET /static/{name}", "GET /health"];

    [Fact]
    public async Task EveryEndpoint_Anonymous_IsRefusedExceptSignInStaticAndHealth()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        var routes = host.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Endpoint: e)))
            .ToList();
        Assert.True(routes.Count >= 35, $"only {routes.Count} routes found");

        var open = routes.Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(r => $"{r.Method} {r.Endpoint.RoutePattern.RawText}").ToHashSet();
        Assert.Equal(Anonymous.Order(), open.Order());

        using var client = host.Client();
        foreach (var (method, endpoint) in routes)
        {
            var pattern = endpoint.RoutePattern.RawText!;
            if (Anonymous.Contains($"{method} {pattern}"))
            {
                continue;
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(pattern));
            if (method is "POST" or "PUT")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request);
            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && new Uri(host.BaseAddress, response.Headers.Location!).AbsolutePath == "/signin");
            Assert.True(refused, $"{method} {pattern} answered {(int)response.StatusCode} to a signed-out request");
        }
    }

    [Fact]
    public async Task OpenEndpoints_Anonymous_Answer()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        using var client = host.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/signin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var css = await client.GetAsync("/static/vigie.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/static/missing.css")).StatusCode);
    }

    /// <summary>A path for a route pattern: each parameter gets a value its constraint accepts.</summary>
    private static string Concrete(string pattern) => System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([a-z]+)(:[a-z]+)?\}", m => m.Groups[1].Value switch
    {
        "sha" => new string('a', 64),
        "id" => "1",
        _ => "x",
    });
}
