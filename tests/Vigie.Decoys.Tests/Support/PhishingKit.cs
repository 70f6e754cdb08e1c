using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Vigie.TestSupport;

namespace Vigie.Decoys.Tests.Support;

/// <summary>
/// A phishing kit on loopback that keeps what it harvests, as real kits do (a text file, a Telegram message): either a
/// one-step form (e-mail and password together, with a hidden token) or the two-step flow of Microsoft lookalikes (the
/// e-mail first, kept in a session cookie, then the password). <see cref="Delay"/> makes its posts hang (the kill switch).
/// </summary>
internal sealed class PhishingKit : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, string> sessions = new();

    private PhishingKit(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        Page = baseAddress;
    }

    public Uri Page { get; }

    /// <summary>Every (e-mail, password) posted, in order.</summary>
    public ConcurrentQueue<(string Email, string Password)> Harvest { get; } = new();

    /// <summary>Every request received (method and path).</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public TimeSpan Delay { get; set; }

    public static async Task<PhishingKit> StartAsync(bool twoStep)
    {
        PhishingKit? kit = null;
        var (app, address) = await LoopbackWebHost.StartAsync(context => kit!.HandleAsync(context, twoStep), IPAddress.Loopback);
        kit = new PhishingKit(app, address);
        return kit;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task HandleAsync(HttpContext context, bool twoStep)
    {
        var path = context.Request.Path.Value ?? "/";
        Requests.Enqueue($"{context.Request.Method} {path}");
        if (HttpMethods.IsPost(context.Request.Method) && Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted);
        }

        switch (twoStep, context.Request.Method, path)
        {
            case (false, "GET", "/"):
                await HtmlAsync(context, """
                    <html><head><title>Sign in to your account</title></head><body>
                    <form method="post" action="/next.php"><input type="hidden" name="token" value="k1t">
                    <label>Email <input type="email" name="login" placeholder="someone@example.com"></label>
                    <label>Password <input type="password" name="pass"></label>
                    <input type="checkbox" name="remember" value="1" checked><button type="submit" name="go" value="Sign in">Sign in</button></form></body></html>
                    """);
                break;
            case (false, "POST", "/next.php"):
                var form = await context.Request.ReadFormAsync();
                Harvest.Enqueue((form["login"].ToString(), form["pass"].ToString()));
                context.Response.Redirect("/done");
                break;
            case (true, "GET", "/"):
                await HtmlAsync(context, """
                    <html><body><div id="lightbox"><form name="f1" method="post" action="/common/login">
                    <input type="email" name="loginfmt" id="i0116" aria-label="Email, phone, or Skype">
                    <input type="hidden" name="flowToken" value="AQABAAEAAA"><input type="submit" id="idSIButton9" value="Next"></form></div></body></html>
                    """);
                break;
            case (true, "POST", "/common/login"):
                var first = await context.Request.ReadFormAsync();
                var session = Guid.NewGuid().ToString("N");
                sessions[session] = first["loginfmt"].ToString();
                context.Response.Cookies.Append("ESTSAUTH", session);
                context.Response.Redirect("/common/password");
                break;
            case (true, "GET", "/common/password"):
                var known = context.Request.Cookies.TryGetValue("ESTSAUTH", out var s) && sessions.TryGetValue(s, out var email) ? email : null;
                if (known is null)
                {
                    context.Response.Redirect("/");
                    break;
                }

                await HtmlAsync(context, $"""
                    <html><body><form method="post" action="/common/password"><div>{WebUtility.HtmlEncode(known)}</div>
                    <input type="hidden" name="login" value="{WebUtility.HtmlEncode(known)}"><input name="passwd" type="password" id="i0118" placeholder="Password">
                    <input type="submit" value="Sign in"></form></body></html>
                    """);
                break;
            case (true, "POST", "/common/password"):
                var second = await context.Request.ReadFormAsync();
                if (context.Request.Cookies.TryGetValue("ESTSAUTH", out var cookie) && sessions.TryGetValue(cookie, out var who))
                {
                    Harvest.Enqueue((who, second["passwd"].ToString()));
                    context.Response.Redirect("/done");
                }
                else
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                }

                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private static async Task HtmlAsync(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html);
    }
}
