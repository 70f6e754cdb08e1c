namespace Vigie.Enrichment.Pages;

/// <summary>
/// A brand as the page analysis reads it: its display name, the registrable domains that are its own, the names
/// people and pages call it by (its products too: Outlook and OneDrive are Microsoft), and phrases only its own
/// sign-in pages carry (kits copy them word for word).
/// </summary>
internal sealed record Brand(string Name, IReadOnlyList<string> Domains, IReadOnlyList<string> Names, IReadOnlyList<string> Phrases)
{
    /// <summary>True when <paramref name="host"/> is one of the brand's domains or under one.</summary>
    public bool Owns(string host) => Domains.Any(d =>
        host.Equals(d, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
}
