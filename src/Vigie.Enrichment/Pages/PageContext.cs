namespace Vigie.Enrichment.Pages;

/// <summary>
/// What the analysis compares a page with: the protected brand names and the genuine sites' host names. The
/// watched <see cref="Brands"/> are the lexicon's brands that own a genuine host (a watchlist listing office.com
/// watches Microsoft, with Outlook and OneDrive), plus the organisation itself: its names and its other hosts.
/// </summary>
internal sealed record PageContext(IReadOnlyList<string> BrandNames, IReadOnlyList<string> GenuineHosts)
{
    private IReadOnlyList<Brand>? brands;

    public static PageContext Empty { get; } = new([], []);

    public IReadOnlyList<Brand> Brands => brands ??= WatchedBrands();

    /// <summary>True when <paramref name="host"/> is a genuine host or one of its subdomains.</summary>
    public bool IsGenuine(string host) => GenuineHosts.Any(g =>
        host.Equals(g, StringComparison.OrdinalIgnoreCase)
        || host.EndsWith("." + g, StringComparison.OrdinalIgnoreCase));

    private List<Brand> WatchedBrands()
    {
        var known = KnownBrands.All.Where(b => GenuineHosts.Any(b.Owns)).ToList();
        var ownHosts = GenuineHosts.Where(h => !known.Any(b => b.Owns(h))).ToList();
        var ownNames = BrandNames.Where(n => !KnownBrands.All.Any(b => b.Names.Any(k => BrandText.Skeleton(k) == BrandText.Skeleton(n)))).ToList();
        if (ownNames.Count > 0 || ownHosts.Count > 0)
        {
            known.Add(new Brand(ownNames.FirstOrDefault() ?? ownHosts[0], ownHosts, ownNames, []));
        }

        return known;
    }
}
