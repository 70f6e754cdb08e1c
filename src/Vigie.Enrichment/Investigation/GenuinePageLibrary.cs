using System.Collections.Concurrent;
using Vigie.Enrichment.Browser;
using Vigie.Enrichment.Pages;

namespace Vigie.Enrichment.Investigation;

/// <summary>
/// Reference captures of the genuine login pages, taken through the same browser and policy as the suspects (so fonts,
/// viewport and rendering match) and reused for every comparison. A capture is taken again once older than
/// <paramref name="refresh"/> (a long-running `vigie serve` follows a redesign of the genuine page); a page that could
/// not be captured is tried again after <see cref="FailureRetry"/> at most (<see cref="ExpiringCache{TKey, TValue}"/>).
/// </summary>
internal sealed class GenuinePageLibrary(IScreenshotter screenshots, TimeProvider time, TimeSpan refresh)
{
    /// <summary>A genuine site down for a moment must not leave every comparison without its reference for a whole refresh period.</summary>
    private static readonly TimeSpan FailureRetry = TimeSpan.FromMinutes(10);

    private readonly ExpiringCache<Uri, GenuinePage> pages = new(time, refresh, FailureRetry);

    public GenuinePageLibrary(IScreenshotter screenshots, TimeProvider time)
        : this(screenshots, time, Timeout.InfiniteTimeSpan)
    {
    }

    /// <summary>The captured pages; one that could not be captured is left out (the report says so through Errors).</summary>
    public async Task<IReadOnlyList<GenuinePage>> GetAsync(IReadOnlyList<Uri> urls, CancellationToken cancellationToken)
    {
        var captured = await Task.WhenAll(urls.Select(u => pages.GetAsync(u, url => CaptureAsync(url, cancellationToken))));
        return [.. captured.OfType<GenuinePage>()];
    }

    public ConcurrentQueue<string> Errors { get; } = new();

    private async Task<GenuinePage?> CaptureAsync(Uri url, CancellationToken cancellationToken)
    {
        var shot = await screenshots.CaptureAsync(url, cancellationToken);
        if (shot.Png.Length == 0)
        {
            Errors.Enqueue($"genuine page {url} not captured: {shot.Error}");
            return null;
        }

        var page = await PageAnalyzer.AnalyzeAsync(shot.RenderedHtml, url, PageContext.Empty, TimeSpan.FromSeconds(5), time, cancellationToken);
        return new GenuinePage(url, PageFingerprint.Of(shot.Png, page.Shape), shot);
    }
}
