using Vigie.Enrichment.Browser;
using Vigie.Enrichment.Http;
using Vigie.Enrichment.Pages;
using Vigie.Enrichment.Tests.Support;
using Xunit.Abstractions;

namespace Vigie.Enrichment.Tests.Pages;

/// <summary>Real screenshots of the lab's pages in Chromium, compared as an investigation does.</summary>
public sealed class CloneDetectorLabTests(ITestOutputHelper output) : IAsyncLifetime
{
    private LabWebServer lab = null!;
    private ScreenshotPool pool = null!;
    private GenuinePage genuine = null!;

    public async Task InitializeAsync()
    {
        lab = await LabWebServer.StartAsync();
        pool = new ScreenshotPool(new BrowserOptions(), () => new SafeHttpFetcher(
            new ConnectionGuard(StaticHostAddressResolver.Lab(), new AddressPolicy(AllowLoopback: true)),
            new FetchOptions { FollowRedirects = false }, TimeProvider.System), TimeProvider.System);
        var url = lab.Url("genuine.lab.test", "/login");
        genuine = new GenuinePage(url, await FingerprintAsync(url));
    }

    public async Task DisposeAsync()
    {
        await pool.DisposeAsync();
        await lab.DisposeAsync();
    }

    [Fact]
    public async Task Compare_CopyOfTheLoginPage_IsCopy()
    {
        var match = CloneDetector.Compare(await FingerprintAsync(lab.Url("copy.lab.test")), genuine);

        output.WriteLine($"{match.Explanation}: visual {match.Visual:F3}, structure {match.Structure:F3}");
        Assert.True(match.IsCopy, match.Explanation);
        Assert.InRange(match.Similarity, 0.75, 1.0);
        Assert.StartsWith($"copy of {genuine.Url}, ", match.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_ParkedPage_NotACopy()
    {
        var match = CloneDetector.Compare(await FingerprintAsync(lab.Url("parked.lab.test")), genuine);

        output.WriteLine($"{match.Explanation}: visual {match.Visual:F3}, structure {match.Structure:F3}");
        Assert.False(match.IsCopy, match.Explanation);
        Assert.InRange(match.Similarity, 0, 0.7);
    }

    [Fact]
    public async Task DecodeGray_ChromiumScreenshot_ColoursOfTheLoginPage()
    {
        var shot = await pool.CaptureAsync(lab.Url("genuine.lab.test", "/login"), CancellationToken.None);

        var image = PngDecoder.DecodeGray(shot.Png);

        Assert.Equal((1366, 768), (image.Width, image.Height));
        Assert.InRange(image[5, 5], 57, 61);       // header #1d3b8b
        Assert.InRange(image[5, 700], 242, 246);   // page background #f3f5f9
    }

    private async Task<PageFingerprint> FingerprintAsync(Uri url)
    {
        var shot = await pool.CaptureAsync(url, CancellationToken.None);
        Assert.Null(shot.Error);
        var page = await PageAnalyzer.AnalyzeAsync(shot.RenderedHtml, url, PageContext.Empty, TimeSpan.FromSeconds(10), TimeProvider.System, CancellationToken.None);
        return PageFingerprint.Of(shot.Png, page.Shape);
    }
}
