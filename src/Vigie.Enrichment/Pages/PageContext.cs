namespace Vigie.Enrichment.Pages;

/// <summary>What the analysis compares a page with: the protected brand names and the genuine sites' host names.</summary>
internal sealed record PageContext(IReadOnlyList<string> BrandNames, IReadOnlyList<string> GenuineHosts)
{
    public static PageContext Empty { get; } = new([], []);

    /// <summary>True when <paramref name="host"/> is a genuine host or one of its subdomains.</summary>
    public bool IsGenuine(string host) => GenuineHosts.Any(g =>
        host.Equals(g, StringComparison.OrdinalIgnoreCase)
        || host.EndsWith("." + g, StringComparison.OrdinalIgnoreCase));
}
