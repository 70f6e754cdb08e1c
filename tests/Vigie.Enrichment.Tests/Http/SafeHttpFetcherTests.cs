using Vigie.Enrichment.Http;
using Vigie.Enrichment.Tests.Support;

namespace Vigie.Enrichment.Tests.Http;

public sealed class SafeHttpFetcherTests : IAsyncLifetime
{
    private LabWebServer lab = null!;

    public async Task InitializeAsync() => lab = await LabWebServer.StartAsync();

    public async Task DisposeAsync() => await lab.DisposeAsync();

    [Fact]
    public async Task FetchAsync_GenuinePage_ReturnsHtmlAndStatus()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(lab.Url("genuine.lab.test", "/login"), CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Equal(200, result.Status);
        Assert.True(result.IsHtml);
        Assert.Contains("type=\"password\"", System.Text.Encoding.UTF8.GetString(result.Body), StringComparison.Ordinal);
        Assert.Equal("text/html", result.ContentType);
    }

    [Fact]
    public async Task FetchAsync_RedirectChain_FollowsEveryHopToTheGenuineSite()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(lab.Url("redirect.lab.test"), CancellationToken.None);

        Assert.Equal(["redirect.lab.test", "redirect.lab.test", "hop.lab.test", "genuine.lab.test"], result.Hops.Select(h => h.Url.Host));
        Assert.Equal([302, 302, 302, 200], result.Hops.Select(h => h.Status));
        Assert.Equal(lab.Url("genuine.lab.test", "/login"), result.FinalUrl);
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_StopsWithLoopError()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(lab.Url("loop.lab.test", "/a"), CancellationToken.None);

        Assert.Contains("loop", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, result.Hops.Count);
    }

    [Fact]
    public async Task FetchAsync_EndlessRedirects_StopsAfterTen()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(lab.Url("chain.lab.test", "/1"), CancellationToken.None);

        Assert.Equal("more than 10 redirects", result.Error);
        Assert.Equal(11, result.Hops.Count);
    }

    [Fact]
    public async Task FetchAsync_NameOnMetadataAndPrivateAddresses_RefusedWithoutContact()
    {
        using var fetcher = Fetcher();
        var hitsBefore = lab.Hits;

        var result = await fetcher.FetchAsync(lab.Url(LabNames.Metadata, "/latest/meta-data/"), CancellationToken.None);

        Assert.Contains("cloud metadata", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, result.Status);
        Assert.Equal(["169.254.169.254", "10.0.0.1"], fetcher.Guard.Attempts.Where(a => a.Refused).Select(a => a.Address.ToString()));
        Assert.DoesNotContain(fetcher.Guard.Attempts, a => !a.Refused);
        Assert.Equal(hitsBefore, lab.Hits);
    }

    [Fact]
    public async Task FetchAsync_RedirectToMetadataName_RefusedAfterTheRedirect()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(lab.Url("rebind.lab.test"), CancellationToken.None);

        Assert.Contains("refused to connect to metadata.lab.test", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Hops);
        Assert.All(fetcher.Guard.Attempts.Where(a => !a.Refused), a => Assert.Equal("127.0.0.1", a.Address.ToString()));
    }

    [Fact]
    public async Task FetchAsync_LoopbackNotAllowed_RefusesTheLab()
    {
        using var fetcher = Fetcher(new AddressPolicy(AllowLoopback: false));

        var result = await fetcher.FetchAsync(lab.Url("genuine.lab.test", "/login"), CancellationToken.None);

        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(fetcher.Guard.Attempts, a => !a.Refused);
    }

    [Fact]
    public async Task FetchAsync_EndlessSlowBody_StopsAtTheDeadlineKeepingWhatArrived()
    {
        using var fetcher = Fetcher(options: new FetchOptions { TotalTimeout = TimeSpan.FromSeconds(1.5) });

        var result = await fetcher.FetchAsync(lab.Url("slow.lab.test"), CancellationToken.None);

        Assert.True(result.TimedOut);
        Assert.True(result.BodyTruncated);
        Assert.StartsWith("<html><body>", System.Text.Encoding.UTF8.GetString(result.Body), StringComparison.Ordinal);
        Assert.InRange(result.Elapsed, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task FetchAsync_FiftyMegabyteBody_KeepsTwoMegabytes()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(lab.Url("big.lab.test"), CancellationToken.None);

        Assert.Equal(2 * 1024 * 1024, result.Body.Length);
        Assert.True(result.BodyTruncated);
        Assert.False(result.TimedOut);
    }

    [Fact]
    public async Task FetchAsync_GzipBomb_StopsAtTheDecompressedCap()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(lab.Url("bomb.lab.test"), CancellationToken.None);

        Assert.Equal(2 * 1024 * 1024, result.Body.Length);
        Assert.True(result.BodyTruncated);
    }

    [Fact]
    public async Task FetchAsync_Attachment_MarkedAsDownload()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(lab.Url("download.lab.test"), CancellationToken.None);

        Assert.True(result.IsDownload);
        Assert.False(result.IsHtml);
        Assert.Contains(result.Headers, h => h.Key == "Content-Disposition" && h.Value.Contains("facture.pdf.exe", StringComparison.Ordinal));
    }

    private static SafeHttpFetcher Fetcher(AddressPolicy? policy = null, FetchOptions? options = null) =>
        new(new ConnectionGuard(StaticHostAddressResolver.Lab(), policy ?? new AddressPolicy(AllowLoopback: true)),
            options ?? new FetchOptions(), TimeProvider.System);
}
