using System.Globalization;
using System.Net;

namespace Vigie.Web.Pipeline.Investigation;

/// <summary>
/// The `investigate:` section of the serve configuration (README, "vigie serve", "Investigations and re-checks"): which
/// findings are investigated, how many at once, how often live ones are looked at again.
/// </summary>
internal sealed record InvestigateSettings
{
    /// <summary>Findings scoring at least this are investigated; the matcher reports from 60 (MatcherOptions.DefaultMinScore).</summary>
    public int MinScore { get; init; } = 70;

    /// <summary>Investigations at once, which is also the number of pages Chromium renders at once.</summary>
    public int Concurrency { get; init; } = 2;

    public bool Screenshots { get; init; } = true;

    /// <summary>One fetch, redirects and body included (the browser has its own, longer, page deadline).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Loopback addresses may be contacted (a local lab). Private, link-local and metadata addresses stay refused whatever
    /// the configuration (AddressPolicy): a lookalike's DNS is the attacker's, and must not reach into our network.
    /// </summary>
    public bool AllowLoopback { get; init; }

    /// <summary>Recursive servers; empty: those of /etc/resolv.conf.</summary>
    public IReadOnlyList<IPEndPoint> NameServers { get; init; } = [];

    /// <summary>A live finding is investigated again when its latest verdict is this old.</summary>
    public TimeSpan Recheck { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How often each finding's DNS is checked, cheaply, to investigate it again as soon as its answer changes.</summary>
    public TimeSpan DnsCheck { get; init; } = TimeSpan.FromHours(1);

    /// <summary>NXDOMAIN answers in a row after which a finding is no longer live (and a `new` one becomes `gone`).</summary>
    public int GoneAfter { get; init; } = 3;

    /// <summary>How long a capture of a genuine page is reused before it is taken again.</summary>
    public TimeSpan GenuineRefresh { get; init; } = TimeSpan.FromDays(1);

    /// <summary>The IANA RDAP bootstrap file (dns.json); null: DATA/rdap/dns.json.</summary>
    public string? RdapBootstrap { get; init; }

    /// <summary>The one line `vigie serve --check-config` prints.</summary>
    public static string Describe(InvestigateSettings? settings) => settings is not { } s
        ? "(none: no finding investigated or re-checked)"
        : string.Create(CultureInfo.InvariantCulture,
            $"findings scoring {s.MinScore}+, {s.Concurrency} at once, screenshots {(s.Screenshots ? "on" : "off")}, timeout {s.Timeout.TotalSeconds} s, ")
          + string.Create(CultureInfo.InvariantCulture,
            $"loopback {(s.AllowLoopback ? "allowed" : "refused")}, name servers {(s.NameServers.Count == 0 ? "of /etc/resolv.conf" : string.Join(", ", s.NameServers))}, ")
          + string.Create(CultureInfo.InvariantCulture,
            $"re-investigated every {s.Recheck.TotalHours} h, DNS checked every {s.DnsCheck.TotalMinutes} min, gone after {s.GoneAfter} NXDOMAIN, genuine pages captured again every {s.GenuineRefresh.TotalHours} h");
}
