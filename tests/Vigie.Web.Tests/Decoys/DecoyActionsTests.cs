using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Vigie.Decoys.Submission;
using Vigie.Storage.Decoys;
using Vigie.Storage.Findings;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.TestSupport;
using Vigie.Web.Decoys;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Decoys;

[Collection(WebCollection.Name)]
public sealed class DecoyActionsTests(PostgresServer postgres)
{
    public static TheoryData<string> Kinds => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task SendDecoys_ConfirmedFindingThenPushedOktaEvent_DecoysAndAlertOnThePagePasswordsNowhere(string kind)
    {
        var harvest = new ConcurrentQueue<(string User, string Password)>();
        var (kit, kitAddress) = await LoopbackWebHost.StartAsync(async context =>
        {
            if (HttpMethods.IsPost(context.Request.Method))
            {
                var form = await context.Request.ReadFormAsync();
                harvest.Enqueue((form["email"].ToString(), form["password"].ToString()));
                context.Response.Redirect("/done");
                return;
            }

            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("""<form method="post" action="/p.php"><input type="email" name="email"><input type="password" name="password"><button>Sign in</button></form>""");
        }, IPAddress.Loopback);
        await using var _ = kit;
        var settings = new DecoySettings { SubmissionEnabled = true, Submission = new SubmissionSettings { Spacing = TimeSpan.Zero, MaxPerHour = 0, AllowLoopback = true } };
        await using var host = await WebTestHost.StartAsync(kind, postgres, c => c with { Decoys = settings });
        var organisation = await Seed.OrganisationAsync(host);
        var finding = await Seed.FindingAsync(host, organisation.Id, "en-marche-securite.fr", "en-marche.fr", 90, "combosquat");
        await host.Service<ITriageRepository>().ChangeStateAsync(finding, TriageState.ConfirmedPhishing, new Actor("ana"), "", CancellationToken.None);
        var analyst = await host.AddUserAsync("ana", "correct horse battery", UserRole.Analyst);
        await host.AddUserAsync("vic", "correct horse battery", UserRole.Viewer);
        using var client = await host.SignedInAsync("ana", "correct horse battery");
        using var viewer = await host.SignedInAsync("vic", "correct horse battery");
        var page = $"/findings/{finding}";
        Assert.Contains("action=\"" + page + "/decoys\"", await client.GetStringAsync(page), StringComparison.Ordinal);
        Assert.DoesNotContain("/decoys\"", await viewer.GetStringAsync(page), StringComparison.Ordinal);

        var refused = await WebTestHost.PostFormAsync(viewer, page + "/decoys", page, ("count", "2"), ("page", kitAddress.ToString()));
        var sent = await WebTestHost.PostFormAsync(client, page + "/decoys", page, ("count", "2"), ("page", kitAddress.ToString()));
        await Poll.UntilAsync(() => harvest.Count == 2, TimeSpan.FromSeconds(30));
        await Poll.UntilAsync(() => host.Service<IDecoyRepository>().ListAsync(finding, CancellationToken.None).Result.All(d => d.SubmittedAt is not null), TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, page), (sent.StatusCode, sent.Headers.Location?.ToString()));
        var token = await host.Service<IApiTokenRepository>().CreateAsync(analyst.Id, "okta hook", TokenScope.Write, CancellationToken.None);
        using var hook = new HttpClient { BaseAddress = host.BaseAddress };
        hook.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        var okta = $$$"""{"data":{"events":[{"uuid":"e-1","published":"2026-12-01T21:00:00Z","eventType":"user.session.start","actor":{"alternateId":"{{{harvest.First().User}}}"},"client":{"ipAddress":"203.0.113.77","userAgent":{"rawUserAgent":"curl/8.5"}},"outcome":{"result":"FAILURE","reason":"VERIFICATION_ERROR"}}]}}""";
        var first = await hook.PostAsync("/api/v1/decoys/events?format=okta", new StringContent(okta, Encoding.UTF8, "application/json"));
        var again = await hook.PostAsync("/api/v1/decoys/events?format=okta", new StringContent(okta, Encoding.UTF8, "application/json"));
        hook.DefaultRequestHeaders.Add("X-Okta-Verification-Challenge", "abc");
        var challenge = await hook.GetFromJsonAsync<JsonElement>("/api/v1/decoys/events");

        Assert.Equal("""{"events":1,"alerts":1}""", await first.Content.ReadAsStringAsync());
        Assert.Equal("""{"events":1,"alerts":0}""", await again.Content.ReadAsStringAsync());
        Assert.Equal("abc", challenge.GetProperty("verification").GetString());
        var html = await client.GetStringAsync(page);
        var api = await hook.GetStringAsync($"/api/v1/findings/{finding}");
        Assert.Contains("DECOY USED", html, StringComparison.Ordinal);
        Assert.Contains("203.0.113.77", html, StringComparison.Ordinal);
        Assert.All(harvest, h => Assert.Contains(h.User, html, StringComparison.Ordinal));
        Assert.Contains("decoy_use", api, StringComparison.Ordinal);
        foreach (var (_, password) in harvest)
        {
            Assert.DoesNotContain(password, html, StringComparison.Ordinal);
            Assert.DoesNotContain(password, api, StringComparison.Ordinal);
            Assert.DoesNotContain(WebUtility.HtmlEncode(password), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SendDecoys_SubmissionOffByDefault_RefusedWithTheReason()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        var organisation = await Seed.OrganisationAsync(host);
        var finding = await Seed.FindingAsync(host, organisation.Id, "en-marche-securite.fr", "en-marche.fr", 90, "combosquat");
        await host.Service<ITriageRepository>().ChangeStateAsync(finding, TriageState.ConfirmedPhishing, new Actor("ana"), "", CancellationToken.None);
        await host.AddUserAsync("ana", "correct horse battery", UserRole.Admin);
        using var client = await host.SignedInAsync("ana", "correct horse battery");
        var page = $"/findings/{finding}";

        var refused = await WebTestHost.PostFormAsync(client, page + "/decoys", page, ("count", "2"), ("page", "https://en-marche-securite.fr/"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("decoy submission is off", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await host.Service<IDecoyRepository>().ListAsync(null, CancellationToken.None));
    }
}
