using Vigie.Alerts.Settings;
using Vigie.Mail;
using Vigie.Web.Cluster;
using Vigie.Web.Decoys;
using Vigie.Web.Digest;
using Vigie.Web.Pipeline;
using Vigie.Web.Pipeline.Sweeps;
using Vigie.Web.Pipeline.Scheduling;
using Vigie.Web.Pipeline.Investigation;
using Vigie.Web.Takedowns;

namespace Vigie.Web.Hosting;

/// <summary>
/// What `vigie serve` runs with: the YAML file of README "vigie serve" (<see cref="ServeConfigLoader"/>), then the
/// command-line overrides. Paths are absolute by the time a host is built.
/// </summary>
internal sealed record ServeConfig
{
    /// <summary>Loopback only unless the administrator says otherwise (issue 11, "Security").</summary>
    public static readonly IReadOnlyList<string> DefaultListen = ["http://127.0.0.1:8080"];

    /// <summary>State folder: the SQLite database, evidence and the cookie-protection keys live under it by default.</summary>
    public required string DataFolder { get; init; }

    /// <summary>A SQLite file path or an Npgsql connection string ("Host=…").</summary>
    public required string Database { get; init; }

    /// <summary>The evidence store (content-addressed objects and one manifest per investigation).</summary>
    public required string EvidenceFolder { get; init; }

    public IReadOnlyList<string> Listen { get; init; } = DefaultListen;

    /// <summary>
    /// The address people type, when a TLS reverse proxy sits in front: with https here the cookies are sent
    /// Secure only and X-Forwarded-Proto from a loopback proxy is trusted.
    /// </summary>
    public Uri? PublicUrl { get; init; }

    /// <summary>The CT logs the pipeline follows; null when the file has no `ct:` section (no CT ingestion).</summary>
    public CtSettings? Ct { get; init; }

    /// <summary>
    /// Watchlist files (absolute paths) whose organisations exist from the first start: each is filed as the CLI
    /// files one (found by its first domain or name, else created with the file's text), so edits made on the
    /// dashboard afterwards are kept.
    /// </summary>
    public IReadOnlyList<string> Watchlists { get; init; } = [];

    /// <summary>Scheduled DNS sweeps of every organisation's permutations; null without a `sweeps:` section.</summary>
    public SweepSettings? Sweeps { get; init; }

    /// <summary>Newly registered domain lists fetched on a schedule; null without an `nrd:` section.</summary>
    public FileSourceSettings? Nrd { get; init; }

    /// <summary>Zone files diffed on a schedule; null without a `zones:` section.</summary>
    public FileSourceSettings? Zones { get; init; }

    /// <summary>Investigations and re-checks of findings; null when the file has no `investigate:` section.</summary>
    public InvestigateSettings? Investigate { get; init; }

    /// <summary>The alert channels and their rules; null when the file has no `alerts:` section (no alerts).</summary>
    public AlertSettings? Alerts { get; init; }

    /// <summary>How the finding page drafts takedown requests (`takedown:`); every field has a default.</summary>
    public TakedownSettings Takedown { get; init; } = new();
    /// <summary>The SMTP server every e-mail goes through (digest, alerts, takedown requests); null without an `smtp:` section.</summary>
    public SmtpSettings? Smtp { get; init; }

    /// <summary>Decoy submission and detection; null when the file has no `decoys:` section (no submission, no detector).</summary>
    public DecoySettings? Decoys { get; init; }

    /// <summary>The weekly digest (`digest:`); its defaults when the section is absent (no recipient: nothing scheduled).</summary>
    public DigestSettings Digest { get; init; } = new();

    /// <summary>What this process runs (`--role`); every role but all needs PostgreSQL.</summary>
    public ServeRole Role { get; init; } = ServeRole.All;

    /// <summary>The NATS servers carrying the investigation jobs between roles; null without a `nats:` section (the database queue).</summary>
    public NatsSettings? Nats { get; init; }

    /// <summary>Where the keys protecting cookies and antiforgery tokens are kept, so sign-ins survive a restart.</summary>
    public string KeysFolder => Path.Combine(DataFolder, "keys");

    public bool BehindTls => PublicUrl?.Scheme == Uri.UriSchemeHttps;

    public static ServeConfig Defaults(string dataFolder) => new()
    {
        DataFolder = dataFolder,
        Database = Path.Combine(dataFolder, "vigie.db"),
        EvidenceFolder = Path.Combine(dataFolder, "evidence"),
    };
}
