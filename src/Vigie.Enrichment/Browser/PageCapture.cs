using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Vigie.Enrichment.Http;

namespace Vigie.Enrichment.Browser;

/// <summary>
/// One page in its own browser context (Target.createBrowserContext: in-memory cookies, cache and storage, thrown
/// away after), downloads denied, every request served by a <see cref="RequestInterceptor"/>.
/// </summary>
internal sealed class PageCapture(CdpConnection cdp, BrowserOptions options, SafeHttpFetcher fetcher, TimeProvider time)
{
    private const int MaxRequestsPerPage = 300;

    public async Task<Screenshot> RunAsync(Uri url, CancellationToken cancellationToken)
    {
        var shot = new Screenshot { Url = url, TakenAt = time.GetUtcNow() };
        var context = (await cdp.SendAsync("Target.createBrowserContext", new JsonObject { ["disposeOnDetach"] = true }, null, cancellationToken))
            .GetProperty("browserContextId").GetString()!;
        using var page = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var handlers = new List<Task>();
        RequestInterceptor? interceptor = null;
        try
        {
            await cdp.SendAsync("Browser.setDownloadBehavior",
                new JsonObject { ["behavior"] = "deny", ["browserContextId"] = context }, null, cancellationToken);
            var target = await cdp.SendAsync("Target.createTarget",
                new JsonObject { ["url"] = "about:blank", ["browserContextId"] = context }, null, cancellationToken);
            var session = (await cdp.SendAsync("Target.attachToTarget",
                new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true }, null, cancellationToken))
                .GetProperty("sessionId").GetString()!;
            interceptor = new RequestInterceptor(cdp, session, fetcher, MaxRequestsPerPage);
            var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnEvent(CdpEvent e)
            {
                if (e.SessionId != session)
                {
                    return;
                }

                if (e.Method == "Page.loadEventFired")
                {
                    loaded.TrySetResult();
                }
                else if (e.Method == "Fetch.requestPaused")
                {
                    lock (handlers)
                    {
                        handlers.Add(interceptor.HandleAsync(e.Params, page.Token));
                    }
                }
            }

            cdp.EventReceived += OnEvent;
            try
            {
                return await NavigateAndCaptureAsync(shot, session, loaded.Task, cancellationToken) with { BlockedRequests = interceptor.Blocked };
            }
            finally
            {
                cdp.EventReceived -= OnEvent;
            }
        }
        finally
        {
            await page.CancelAsync();
            Task[] running;
            lock (handlers)
            {
                running = [.. handlers];
            }

            await Task.WhenAll(running);
            await DisposeContextAsync(context);
        }
    }

    private async Task<Screenshot> NavigateAndCaptureAsync(Screenshot shot, string session, Task loaded, CancellationToken cancellationToken)
    {
        await cdp.SendAsync("Fetch.enable", new JsonObject
        {
            ["patterns"] = new JsonArray((JsonNode)new JsonObject { ["urlPattern"] = "*", ["requestStage"] = "Request" }),
        }, session, cancellationToken);
        await cdp.SendAsync("Page.enable", null, session, cancellationToken);
        await cdp.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = options.ViewportWidth, ["height"] = options.ViewportHeight, ["deviceScaleFactor"] = 1, ["mobile"] = false,
        }, session, cancellationToken);
        var navigation = await cdp.SendAsync("Page.navigate", new JsonObject { ["url"] = shot.Url.AbsoluteUri }, session, cancellationToken);
        if (navigation.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
        {
            return shot with { Error = $"navigation failed: {text}" };
        }

        await Task.WhenAny(loaded, Task.Delay(options.LoadTimeout, time, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        await Task.Delay(options.SettleDelay, time, cancellationToken);
        var png = await CaptureAsync(session, null, cancellationToken);
        var full = options.FullPage ? await CaptureFullPageAsync(session, cancellationToken) : null;
        var html = await cdp.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = $"(document.documentElement ? document.documentElement.outerHTML : '').slice(0, {options.MaxHtmlChars})",
            ["returnByValue"] = true,
        }, session, cancellationToken);
        return shot with
        {
            Png = png,
            PngSha256 = Convert.ToHexStringLower(SHA256.HashData(png)),
            FullPagePng = full,
            RenderedHtml = html.GetProperty("result").TryGetProperty("value", out var value) ? value.GetString() ?? "" : "",
            Error = loaded.IsCompleted ? null : $"still loading after {options.LoadTimeout.TotalSeconds:0.#} s; captured as it was",
        };
    }

    private async Task<byte[]?> CaptureFullPageAsync(string session, CancellationToken cancellationToken)
    {
        var metrics = await cdp.SendAsync("Page.getLayoutMetrics", null, session, cancellationToken);
        var height = metrics.GetProperty("cssContentSize").GetProperty("height").GetDouble();
        var clip = new JsonObject
        {
            ["x"] = 0, ["y"] = 0, ["width"] = options.ViewportWidth,
            ["height"] = Math.Clamp(Math.Ceiling(height), 1, options.MaxFullPageHeight), ["scale"] = 1,
        };
        return await CaptureAsync(session, clip, cancellationToken);
    }

    private async Task<byte[]> CaptureAsync(string session, JsonObject? clip, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject { ["format"] = "png" };
        if (clip is not null)
        {
            parameters["clip"] = clip;
            parameters["captureBeyondViewport"] = true;
        }

        var result = await cdp.SendAsync("Page.captureScreenshot", parameters, session, cancellationToken);
        return Convert.FromBase64String(result.GetProperty("data").GetString()!);
    }

    private async Task DisposeContextAsync(string context)
    {
        using var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(5), time);
        try
        {
            await cdp.SendAsync("Target.disposeBrowserContext", new JsonObject { ["browserContextId"] = context }, null, cleanup.Token);
        }
        catch (Exception e) when (e is CdpException or OperationCanceledException)
        {
            // The browser is gone or stuck; the pool restarts it on the next failure.
        }
    }
}
