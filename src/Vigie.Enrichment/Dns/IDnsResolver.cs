namespace Vigie.Enrichment.Dns;

/// <summary>Asks one question; never throws for DNS failures (they come back as the lookup's outcome and RCODE).</summary>
internal interface IDnsResolver
{
    ValueTask<DnsLookup> QueryAsync(string name, DnsRecordType type, CancellationToken cancellationToken);
}
