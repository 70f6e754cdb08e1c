using Vigie.Enrichment.Http;
using Vigie.Enrichment.Pages;

namespace Vigie.Enrichment.Investigation;

/// <summary>
/// The icons of the genuine sites: each watched brand's landing page and each genuine sign-in page, fetched once
/// through the safe fetcher (the icon the page declares, else /favicon.ico) and kept for a day, so a long-running
/// `vigie serve` follows a brand's new icon; an icon that could not be fetched is tried again after ten minutes. A suspect serving one of them presents itself as that brand (issue 16:
/// "favicon … against the genuine site's").
/// </summary>
internal sealed class GenuineFavicons(Func<SafeHttpFetcher> fetchers, TimeProvider time)
{
    private readonly ExpiringCache<Uri, FaviconHash> icons = new(time, TimeSpan.FromDays(1), TimeSpan.FromMinutes(10));

    /// <summary>The brand whose genuine icon the suspect's is, and whether the files are identical (else the same picture).</summary>
    public async Task<(Brand Brand, bool SameBytes)?> BrandOfAsync(FaviconHash suspect, IReadOnlyList<Brand> brands, IReadOnlyList<Uri> genuinePages, CancellationToken cancellationToken)
    {
        var references = brands.Where(b => b.Domains.Count > 0).Select(b => new Uri($"https://{b.Domains[0]}/"))
            .Concat(genuinePages).Distinct().ToList();
        var hashes = await Task.WhenAll(references.Select(u => icons.GetAsync(u, FetchAsync))).WaitAsync(cancellationToken);
        (Brand Brand, bool SameBytes)? best = null;
        for (var i = 0; i < references.Count; i++)
        {
            if (hashes[i] is not { } genuine || brands.FirstOrDefault(b => b.Owns(references[i].Host)) is not { } brand)
            {
                continue;
            }

            if (suspect.SameBytes(genuine))
            {
                return (brand, true);
            }

            best ??= suspect.SamePicture(genuine) ? (brand, false) : null;
        }

        return best;
    }

    /// <summary>Not cancelled with the investigation that asked first, as the result is shared: the fetcher's own time limits bound it.</summary>
    private async Task<FaviconHash?> FetchAsync(Uri page)
    {
        var cancellationToken = CancellationToken.None;
        using var fetcher = fetchers();
        var landing = await fetcher.FetchAsync(page, cancellationToken);
        var icon = landing is { IsHtml: true }
            ? (await PageAnalyzer.AnalyzeAsync(HtmlDecoder.Decode(landing.Body, landing.ContentType), landing.FinalUrl, PageContext.Empty, TimeSpan.FromSeconds(5), time, cancellationToken)).IconUrl
            : new Uri(page, "/favicon.ico");
        return icon is null ? null : await Investigator.FaviconAsync(fetcher, icon, cancellationToken);
    }
}
