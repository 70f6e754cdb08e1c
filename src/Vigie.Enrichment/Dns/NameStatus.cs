namespace Vigie.Enrichment.Dns;

/// <summary>What a sweep concluded about one name.</summary>
internal enum NameStatus
{
    /// <summary>NXDOMAIN, or NOERROR without any record of its own.</summary>
    Unregistered,

    /// <summary>Real evidence: a delegation (NS or SOA at the name) or records that a wildcard does not explain.</summary>
    Registered,

    /// <summary>Every answer is what the parent's wildcard gives any random label: synthetic, not a registration.</summary>
    Wildcard,

    /// <summary>SERVFAIL, REFUSED or timeouts after retries: nothing can be said, and nothing is counted.</summary>
    Unknown,
}
