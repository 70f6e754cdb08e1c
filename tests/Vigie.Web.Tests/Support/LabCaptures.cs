using Microsoft.AspNetCore.Http;
using Vigie.Enrichment.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Web.Tests.Support;

/// <summary>
/// Real screenshots for the seeded findings: the lab's genuine sign-in page and its copy (LabPages), served on
/// loopback and captured by the same headless Chromium the test drives.
/// </summary>
internal static class LabCaptures
{
    public static async Task<(byte[] Genuine, byte[] Copy, string CopySource)> TakeAsync(BrowserDriver browser)
    {
        var (site, address) = await LoopbackWebHost.StartAsync(context => context.Request.Path.Value switch
        {
            "/static/site.css" => Write(context, "text/css", LabPages.Css),
            "/copy" => Write(context, "text/html; charset=utf-8", LabPages.Login("", "/collect", "<p>Vérification de sécurité : reconnectez-vous.</p>")),
            _ => Write(context, "text/html; charset=utf-8", LabPages.Login("", "/login")),
        });
        await using (site)
        {
            await browser.GoAsync(new Uri(address, "/login"));
            var genuine = await browser.ScreenshotAsync();
            await browser.GoAsync(new Uri(address, "/copy"));
            var copy = await browser.ScreenshotAsync();
            var source = await browser.EvaluateAsync("document.documentElement.outerHTML");
            return (genuine, copy, source.GetString()!);
        }
    }

    private static Task Write(HttpContext context, string type, string body)
    {
        context.Response.ContentType = type;
        return context.Response.WriteAsync(body);
    }
}
