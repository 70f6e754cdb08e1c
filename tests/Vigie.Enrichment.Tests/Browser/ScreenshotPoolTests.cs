using Vigie.Enrichment.Browser;
using Vigie.Enrichment.Http;
using Vigie.Enrichment.Tests.Support;

namespace Vigie.Enrichment.Tests.Browser;

/// <summary>Real Debian Chromium against the local lab; every byte it loads comes through the safe fetcher.</summary>
public sealed class ScreenshotPoolTests : IAsyncLifetime
{
    private readonly List<ConnectionGuard> guards = [];
    private LabWebServer lab = null!;
    private ScreenshotPool pool = null!;

    public async Task InitializeAsync()
    {
        lab = await LabWebServer.StartAsync();
        pool = new ScreenshotPool(new BrowserOptions { PoolSize = 2, FullPage = true }, NewFetcher, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        await pool.DisposeAsync();
        await lab.DisposeAsync();
    }

    [Fact]
    public async Task CaptureAsync_GenuineLoginPage_PngOfTheViewportWithHash()
    {
        var shot = await pool.CaptureAsync(lab.Url("genuine.lab.test", "/login"), CancellationToken.None);

        Assert.Null(shot.Error);
        Assert.Equal("89504E470D0A1A0A", Convert.ToHexString(shot.Png.AsSpan(0, 8)));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(shot.Png)), shot.PngSha256);
        Assert.Equal((1366, 768), PngSize(shot.Png));
        Assert.NotNull(shot.FullPagePng);
        Assert.Contains("type=\"password\"", shot.RenderedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaptureAsync_RedirectChain_EveryHopThroughTheGuard()
    {
        var shot = await pool.CaptureAsync(lab.Url("redirect.lab.test"), CancellationToken.None);

        Assert.Null(shot.Error);
        Assert.Contains("Connexion", shot.RenderedHtml, StringComparison.Ordinal);
        var hosts = guards.SelectMany(g => g.Attempts).Select(a => a.Host).ToHashSet();
        Assert.Superset(new HashSet<string> { "redirect.lab.test", "hop.lab.test", "genuine.lab.test" }, hosts);
    }

    [Fact]
    public async Task CaptureAsync_MetadataName_BlockedAndNeverDialled()
    {
        var hitsBefore = lab.Hits;

        var shot = await pool.CaptureAsync(lab.Url(LabNames.Metadata, "/latest/meta-data/"), CancellationToken.None);

        Assert.Contains("ERR_BLOCKED_BY_CLIENT", shot.Error, StringComparison.Ordinal);
        Assert.Contains(shot.BlockedRequests, b => b.Contains("cloud metadata", StringComparison.Ordinal));
        var attempts = guards.SelectMany(g => g.Attempts).ToList();
        Assert.Equal(["169.254.169.254", "10.0.0.1"], attempts.Select(a => a.Address.ToString()));
        Assert.All(attempts, a => Assert.True(a.Refused));
        Assert.Equal(hitsBefore, lab.Hits);
    }

    [Fact]
    public async Task CaptureAsync_Download_BlockedNotSaved()
    {
        var shot = await pool.CaptureAsync(lab.Url("download.lab.test"), CancellationToken.None);

        Assert.NotNull(shot.Error);
        Assert.Contains(shot.BlockedRequests, b => b.Contains("download blocked", StringComparison.Ordinal));
        Assert.Empty(shot.Png);
    }

    [Fact]
    public async Task CaptureAsync_EndlessSlowPage_CapturedWithinThePageTimeout()
    {
        await using var quick = new ScreenshotPool(
            new BrowserOptions { LoadTimeout = TimeSpan.FromSeconds(2), PageTimeout = TimeSpan.FromSeconds(20) },
            () => new SafeHttpFetcher(new ConnectionGuard(StaticHostAddressResolver.Lab(), new AddressPolicy(true)),
                new FetchOptions { FollowRedirects = false, TotalTimeout = TimeSpan.FromSeconds(1) }, TimeProvider.System),
            TimeProvider.System);
        var started = TimeProvider.System.GetTimestamp();

        var shot = await quick.CaptureAsync(lab.Url("slow.lab.test"), CancellationToken.None);

        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(20));
        Assert.NotEmpty(shot.Png);
    }

    private SafeHttpFetcher NewFetcher()
    {
        var guard = new ConnectionGuard(StaticHostAddressResolver.Lab(), new AddressPolicy(AllowLoopback: true));
        lock (guards)
        {
            guards.Add(guard);
        }

        return new SafeHttpFetcher(guard, new FetchOptions { FollowRedirects = false, TotalTimeout = TimeSpan.FromSeconds(10) }, TimeProvider.System);
    }

    private static (int Width, int Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)),
         System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
}
