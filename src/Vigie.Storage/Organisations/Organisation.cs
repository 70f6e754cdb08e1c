namespace Vigie.Storage.Organisations;

/// <summary>
/// One protected organisation (DESIGN.md, "Organisation"): its <paramref name="Slug"/> for URLs and the CLI, its
/// <paramref name="TimeZone"/> (IANA, for digests and schedules), and its watchlist as the YAML text people edit
/// (docs/watchlist.md); <paramref name="Domains"/> are the watchlist's domains, kept to find an organisation by domain.
/// </summary>
internal sealed record Organisation(
    long Id,
    string Slug,
    string Name,
    string TimeZone,
    string Watchlist,
    IReadOnlyList<string> Domains,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
