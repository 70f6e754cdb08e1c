namespace Vigie.Core.Watchlists;

/// <summary>
/// The protected assets of one organisation (DESIGN.md, "Core concepts"). Domain names are held in lower-case
/// ASCII (A-label) form, already checked; brand names as written. See docs/watchlist.md for the file format.
/// </summary>
/// <param name="Organisation">Who the watchlist protects, for reports ("En Marche"); may be empty.</param>
/// <param name="Domains">Registrable domains the organisation owns: "en-marche.fr".</param>
/// <param name="Brands">Brand names people recognise, as written: "En Marche", "Macron".</param>
/// <param name="Subdomains">Known subdomains of those domains: "onedrive.en-marche.fr".</param>
/// <param name="Services">Outside services the staff log into: "office.com", "actblue.com".</param>
/// <param name="LoginPages">Genuine login page URLs, to compare clones against.</param>
/// <param name="Allowlist">Domains never reported, with their subdomains: look-alikes known to be harmless.</param>
/// <param name="ServiceDomains">
/// The outside services' other registrable domains, declared with a service's <c>also:</c> ("microsoftonline.com" for
/// microsoft.com): the service's own, never reported, with their subdomains.
/// </param>
internal sealed record Watchlist(
    string Organisation,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Brands,
    IReadOnlyList<string> Subdomains,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> LoginPages,
    IReadOnlyList<string> Allowlist,
    IReadOnlyList<string> ServiceDomains)
{
    /// <summary>An empty watchlist, to start from with <c>with</c>.</summary>
    public static Watchlist Empty { get; } = new(string.Empty, [], [], [], [], [], [], []);
}
