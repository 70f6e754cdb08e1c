using System.Globalization;

namespace Vigie.Web.Cluster;

/// <summary>
/// The `nats:` section of the serve configuration (README, "Running on several machines"): the NATS servers carrying
/// the jobs between roles (investigations, sweeps, alerts), how to authenticate to them, and how the JetStream consumer redelivers.
/// </summary>
internal sealed record NatsSettings
{
    /// <summary>nats:// or tls:// addresses of the cluster's servers; the client picks one and fails over to the others.</summary>
    public IReadOnlyList<Uri> Urls { get; init; } = [];

    /// <summary>A .creds file (user JWT and NKey seed) as `nsc` writes it; the way NATS accounts are usually given.</summary>
    public string? CredsFile { get; init; }

    public string? User { get; init; }

    public string? Password { get; init; }

    public string? Token { get; init; }

    /// <summary>The CA that signed the servers' certificates (PEM); set, the connection is TLS-only.</summary>
    public string? TlsCa { get; init; }

    /// <summary>A client certificate and its key (PEM), for servers that verify clients (mutual TLS).</summary>
    public string? TlsCert { get; init; }

    public string? TlsKey { get; init; }

    /// <summary>
    /// How long a delivered job stays with its worker without news: a worker sends "in progress" every third of it while
    /// a page lasts, so a job is redelivered this long after its worker died.
    /// </summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts of one job (a crash counts as one) before it goes to the dead-letter subject.</summary>
    public int MaxDeliver { get; init; } = 5;

    /// <summary>The one line `vigie serve --check-config` prints.</summary>
    public static string Describe(NatsSettings? settings) => settings is not { } s
        ? "(none: the investigation queue is a table of the database; sweeps and alerts run in the process that finds them due)"
        : string.Join(", ", s.Urls) + (s.CredsFile is null ? "" : $", credentials {s.CredsFile}") + (s.User is null ? "" : $", user {s.User}")
          + (s.Token is null ? "" : ", token") + (s.TlsCa is null ? "" : $", TLS CA {s.TlsCa}") + (s.TlsCert is null ? "" : $", client certificate {s.TlsCert}")
          + string.Create(CultureInfo.InvariantCulture, $"; a job redelivered {s.AckWait.TotalSeconds} s after its worker's last news, dead-lettered after {s.MaxDeliver} attempts");
}
