namespace Vigie.Enrichment.Rdap;

/// <summary>One WHOIS question (RFC 3912): the query line sent to server:43, the text answer (capped).</summary>
internal interface IWhoisTransport
{
    Task<string> QueryAsync(string server, string query, CancellationToken cancellationToken);
}
