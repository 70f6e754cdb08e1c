using System.Text.Json;
using System.Text.Json.Nodes;
using Vigie.Enrichment.Browser;

namespace Vigie.Web.Tests.Support;

/// <summary>
/// Debian's headless Chromium driven through the project's own DevTools client (<see cref="CdpConnection"/>), one tab,
/// as a person uses the dashboard: navigate, fill and click through page scripts run by the test, screenshot.
/// </summary>
internal sealed class BrowserDriver : IAsyncDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ChromiumProcess chromium;
    private readonly CdpConnection cdp;
    private readonly string session;

    private BrowserDriver(ChromiumProcess chromium, CdpConnection cdp, string session)
    {
        this.chromium = chromium;
        this.cdp = cdp;
        this.session = session;
    }

    public static async Task<BrowserDriver> StartAsync()
    {
        // The dashboard is a trusted site on loopback: no confinement needed (ChromiumProcess.Start).
        var chromium = ChromiumProcess.Start("/usr/bin/chromium", confined: false);
        var cdp = await CdpConnection.OpenAsync(chromium, None);
        var target = await cdp.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, None);
        var attached = await cdp.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true }, null, None);
        var session = attached.GetProperty("sessionId").GetString()!;
        await cdp.SendAsync("Page.enable", null, session, None);
        var driver = new BrowserDriver(chromium, cdp, session);
        await driver.ViewportAsync(1366, 900, mobile: false);
        return driver;
    }

    /// <summary>The window size the pages are laid out for: a desktop, or a phone (<paramref name="mobile"/>).</summary>
    public async Task ViewportAsync(int width, int height, bool mobile) =>
        await cdp.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = mobile }, session, None);

    public async Task GoAsync(Uri url)
    {
        await MarkAsync();
        await cdp.SendAsync("Page.navigate", new JsonObject { ["url"] = url.AbsoluteUri }, session, None);
        await WaitForNewPageAsync();
    }

    /// <summary>Runs <paramref name="script"/> (which submits a form or follows a link) and waits for the page it leads to.</summary>
    public async Task ActAsync(string script)
    {
        await MarkAsync();
        await EvaluateAsync(script);
        await WaitForNewPageAsync();
    }

    /// <summary>Signs in through the dashboard's own form, as a person does.</summary>
    public async Task SignInAsync(Uri dashboard, string name, string password)
    {
        await GoAsync(new Uri(dashboard, "/signin"));
        await SubmitSignInAsync(name, password);
    }

    /// <summary>Fills and sends the sign-in form of the page open now (the one a protected page redirected to).</summary>
    public Task SubmitSignInAsync(string name, string password) =>
        ActAsync($"""
            document.querySelector('input[name=name]').value = {JsonSerializer.Serialize(name)};
            document.querySelector('input[name=password]').value = {JsonSerializer.Serialize(password)};
            document.querySelector('form[action="/signin"] button').click();
            """);

    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await cdp.SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true }, session, None);
        if (result.TryGetProperty("exceptionDetails", out var error))
        {
            throw new InvalidOperationException($"script failed: {error}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    public async Task<string> TextAsync(string selector = "body") =>
        (await EvaluateAsync($"document.querySelector({JsonSerializer.Serialize(selector)})?.innerText ?? ''")).GetString() ?? "";

    public async Task<string> PathAsync() => (await EvaluateAsync("location.protocol.startsWith('http') ? location.pathname + location.search : location.href")).GetString()!;

    /// <summary>The whole page as a PNG, as tall as its content.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        var metrics = await cdp.SendAsync("Page.getLayoutMetrics", null, session, None);
        var size = metrics.GetProperty("cssContentSize");
        var clip = new JsonObject
        {
            ["x"] = 0, ["y"] = 0, ["scale"] = 1,
            ["width"] = Math.Ceiling(size.GetProperty("width").GetDouble()),
            ["height"] = Math.Min(4000, Math.Ceiling(size.GetProperty("height").GetDouble())),
        };
        var shot = await cdp.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true, ["clip"] = clip }, session, None);
        return Convert.FromBase64String(shot.GetProperty("data").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        await cdp.DisposeAsync();
        await chromium.DisposeAsync();
    }

    /// <summary>A mark on the current document: a new document does not have it.</summary>
    private Task MarkAsync() => EvaluateAsync("window.__vigieOldPage = true");

    private async Task WaitForNewPageAsync()
    {
        for (var i = 0; i < 200; i++)
        {
            string? state;
            try
            {
                state = (await EvaluateAsync("(window.__vigieOldPage ? 'old' : '') + document.readyState")).GetString();
            }
            catch (Exception e) when (e is CdpException or InvalidOperationException)
            {
                // The old document went away while we asked: the new one is on its way.
                state = null;
            }

            if (state == "complete")
            {
                // Images of the new page (screenshots) finish decoding before anything is read or captured.
                await EvaluateAsync("Promise.all([...document.images].map(i => i.decode().catch(() => null)))");
                return;
            }

            await Task.Delay(50);
        }

        var at = await PathAsync();
        throw new TimeoutException($"no new page within 10 s (at {at})");
    }
}
