namespace Vigie.Enrichment.Dns;

/// <summary>Whether a server answered at all; only <see cref="Answered"/> carries a meaningful RCODE.</summary>
internal enum DnsLookupOutcome
{
    Answered,
    TimedOut,
    Failed,
}
