using System.Collections.Concurrent;
using Vigie.Enrichment.Browser;
using Vigie.Enrichment.Pages;

namespace Vigie.Enrichment.Investigation;

/// <summary>
/// Reference captures of the genuine login pages, taken once per run through the same browser and policy as the
/// suspects (so fonts, viewport and rendering match), and reused for every comparison.
/// </summary>
internal sealed class GenuinePageLibrary(IScreenshotter screenshots, TimeProvider time)
{
    private readonly ConcurrentDictionary<Uri, Lazy<Task<GenuinePage?>>> pages = new();

    /// <summary>The captured pages; one that could not be captured is left out (the report says so through Errors).</summary>
    public async Task<IReadOnlyList<GenuinePage>> GetAsync(IReadOnlyList<Uri> urls, CancellationToken cancellationToken)
    {
        var captured = await Task.WhenAll(urls.Select(u => pages.GetOrAdd(u, url => new Lazy<Task<GenuinePage?>>(() => CaptureAsync(url, cancellationToken))).Value));
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
        return new GenuinePage(url, PageFingerprint.Of(shot.Png, page.Shape));
    }
}
