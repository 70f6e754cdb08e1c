namespace Vigie.Web.Cluster;

/// <summary>
/// What one `vigie serve` process does (README, "Running on several machines"): everything (the single machine of
/// today), or one part of the pipeline, any number of each sharing one PostgreSQL and one NATS JetStream (issue 15).
/// </summary>
internal enum ServeRole
{
    /// <summary>The dashboard and every background service in one process.</summary>
    All,

    /// <summary>The dashboard and API, and what talks to people: alerts, the digest, decoys.</summary>
    Web,

    /// <summary>CT logs, NRD lists and zone files, matched against every organisation's watchlist.</summary>
    Ingest,

    /// <summary>The scheduled DNS sweeps.</summary>
    Sweep,

    /// <summary>The browser pool: investigations and DNS re-checks of findings.</summary>
    Investigate,
}
