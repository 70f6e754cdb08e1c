using Vigie.Enrichment.Rdap;

namespace Vigie.Enrichment.Tests.Rdap;

/// <summary>For lookups that must be answered by RDAP alone.</summary>
internal sealed class NoWhois : IWhoisTransport
{
    public Task<string> QueryAsync(string server, string query, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("WHOIS must not be asked");
}
