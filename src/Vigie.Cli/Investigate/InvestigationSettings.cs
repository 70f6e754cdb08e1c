using System.Net;
using Vigie.Core.Watchlists;

namespace Vigie.Cli.Investigate;

/// <summary>What `vigie investigate` and `vigie scan --investigate` need to investigate suspects.</summary>
internal sealed record InvestigationSettings(
    Watchlist Watchlist,
    IReadOnlyList<Uri> GenuinePages,
    IReadOnlyList<IPEndPoint> NameServers,
    bool AllowLoopback,
    int TimeoutSeconds,
    bool Screenshots,
    bool FullPage,
    string EvidenceFolder,
    string? RdapBootstrap,
    string? RdapBootstrapUrl,
    string? WhoisServer);
