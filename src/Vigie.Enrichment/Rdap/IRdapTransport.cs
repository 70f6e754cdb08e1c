namespace Vigie.Enrichment.Rdap;

/// <summary>One HTTP GET of RDAP JSON: the status and the body (capped).</summary>
internal interface IRdapTransport
{
    Task<(int Status, byte[] Body)> GetAsync(Uri url, CancellationToken cancellationToken);
}
