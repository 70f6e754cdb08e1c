namespace Vigie.Enrichment.Pages;

/// <summary>
/// A brand as the page analysis reads it: its display name, the registrable domains that are its own, the names
/// people and pages call it by (its products too: Outlook and OneDrive are Microsoft), and phrases only its own
/// sign-in pages carry (kits copy them word for word).
/// </summary>
internal sealed record Brand(string Name, IReadOnlyList<string> Domains, IReadOnlyList<string> Names, IReadOnlyList<string> Phrases)
{
    /// <summary>
    /// Element ids and field names of the brand's own sign-in page, compared exactly: kits saved from it keep them
    /// (Microsoft's "i0118" password field and "idSIButton9" button), which no other site's sign-in page has.
    /// </summary>
    public IReadOnlyList<string> Markup { get; init; } = [];

    /// <summary>
    /// Short forms the brand's own pages and the kits copied from them name logo and icon files with (Microsoft's
    /// ms-logo.svg, fb_logo.png): read in those file names and captions only, where two letters cannot be an
    /// ordinary word of the text.
    /// </summary>
    public IReadOnlyList<string> ShortNames { get; init; } = [];

    /// <summary>The brand's names, then its short forms: what a logo's or icon's file name may call it.</summary>
    public IEnumerable<string> LogoNames => Names.Concat(ShortNames);

    /// <summary>True when <paramref name="host"/> is one of the brand's domains or under one.</summary>
    public bool Owns(string host) => Domains.Any(d =>
        host.Equals(d, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
}
