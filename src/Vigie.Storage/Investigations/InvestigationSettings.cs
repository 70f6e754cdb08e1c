using System.Net;
using Vigie.Core.Watchlists;

namespace Vigie.Storage.Investigations;

/// <summary>
/// What an investigation session needs: `vigie investigate` and `vigie scan --investigate` give one watchlist and its
/// genuine pages; `vigie serve` gives an empty one and passes each organisation's target per suspect.
/// <paramref name="RdapBootstrap"/> is the IANA bootstrap file, refreshed from <paramref name="RdapBootstrapUrl"/> when a day old.
/// </summary>
internal sealed record InvestigationSettings(
    Watchlist Watchlist,
    IReadOnlyList<Uri> GenuinePages,
    IReadOnlyList<IPEndPoint> NameServers,
    bool AllowLoopback,
    int TimeoutSeconds,
    bool Screenshots,
    bool FullPage,
    string EvidenceFolder,
    string RdapBootstrap,
    Uri? RdapBootstrapUrl,
    string? WhoisServer)
{
    /// <summary>Pages Chromium renders at once.</summary>
    public int BrowserPages { get; init; } = 1;

    /// <summary>How long a capture of a genuine page is reused before it is taken again.</summary>
    public TimeSpan? GenuineRefresh { get; init; }
}
