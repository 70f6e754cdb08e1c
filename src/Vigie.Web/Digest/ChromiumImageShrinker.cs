using System.Globalization;
using System.Text.Json.Nodes;
using Vigie.Enrichment.Browser;

namespace Vigie.Web.Digest;

/// <summary>
/// Downscales screenshots in the headless Chromium Vigie already runs for its captures (Debian's package), rather
/// than with an image library: SkiaSharp would add a native library beside the single-file AOT binary, and ImageSharp
/// 2.x, the last release under an open licence, has open advisories on crafted images. Chromium's decoder and resampler
/// are the ones that took the screenshot in the first place. The picture is drawn at <see cref="Width"/> CSS pixels,
/// its top cut at <see cref="MaxHeight"/>, and captured as JPEG (a photo-like page compresses 5–10 times better than PNG).
/// The browser is confined as for a capture (<see cref="ChromiumProcess"/>): a data: image loads nothing.
/// </summary>
internal sealed class ChromiumImageShrinker : IImageShrinker, IAsyncDisposable
{
    public const int Width = 560;
    public const int MaxHeight = 420;
    private const int Quality = 72;

    private readonly ChromiumProcess chromium;
    private readonly CdpConnection cdp;
    private readonly string session;
    private readonly string frame;

    private ChromiumImageShrinker(ChromiumProcess chromium, CdpConnection cdp, string session, string frame)
    {
        this.chromium = chromium;
        this.cdp = cdp;
        this.session = session;
        this.frame = frame;
    }

    public static async Task<ChromiumImageShrinker> StartAsync(string executable, CancellationToken cancellationToken)
    {
        var chromium = ChromiumProcess.Start(executable);
        try
        {
            var cdp = await CdpConnection.OpenAsync(chromium, cancellationToken);
            var target = await cdp.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, cancellationToken);
            var attached = await cdp.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true }, null, cancellationToken);
            var session = attached.GetProperty("sessionId").GetString()!;
            await cdp.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = Width, ["height"] = MaxHeight, ["deviceScaleFactor"] = 1, ["mobile"] = false }, session, cancellationToken);
            var tree = await cdp.SendAsync("Page.getFrameTree", null, session, cancellationToken);
            return new ChromiumImageShrinker(chromium, cdp, session, tree.GetProperty("frameTree").GetProperty("frame").GetProperty("id").GetString()!);
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    public async Task<DigestImage> ShrinkAsync(DigestImage image, CancellationToken cancellationToken)
    {
        var height = Math.Max(1, Math.Min(MaxHeight, (int)Math.Round((double)image.Height * Width / Math.Max(1, image.Width))));
        var html = string.Create(CultureInfo.InvariantCulture,
            $"<!doctype html><body style=\"margin:0;background:#fff;overflow:hidden\"><img src=\"data:{image.MediaType};base64,{Convert.ToBase64String(image.Content)}\" style=\"display:block;width:{Width}px;height:auto\"></body>");
        await cdp.SendAsync("Page.setDocumentContent", new JsonObject { ["frameId"] = frame, ["html"] = html }, session, cancellationToken);
        var decoded = await cdp.SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = "document.images[0].decode().then(() => true, () => false)", ["awaitPromise"] = true, ["returnByValue"] = true }, session, cancellationToken);
        if (!decoded.GetProperty("result").TryGetProperty("value", out var ok) || !ok.GetBoolean())
        {
            throw new CdpException("the browser could not decode the screenshot");
        }

        var clip = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = Width, ["height"] = height, ["scale"] = 1 };
        var shot = await cdp.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "jpeg", ["quality"] = Quality, ["clip"] = clip }, session, cancellationToken);
        return new DigestImage(Convert.FromBase64String(shot.GetProperty("data").GetString()!), "image/jpeg", Width, height);
    }

    public async ValueTask DisposeAsync()
    {
        await cdp.DisposeAsync();
        await chromium.DisposeAsync();
    }
}
