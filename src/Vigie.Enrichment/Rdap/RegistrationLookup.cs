namespace Vigie.Enrichment.Rdap;

/// <summary>
/// RDAP first (RFC 9082 query "domain/NAME" on each server the bootstrap lists), WHOIS only when RDAP has no
/// server for the TLD or every server failed: ICANN ended the gTLD WHOIS obligation in January 2025 and RDAP's
/// JSON needs no guessing. WHOIS starts at <paramref name="whoisRoot"/> (the operator's IANA WHOIS server) and
/// follows one referral.
/// </summary>
internal sealed class RegistrationLookup(RdapBootstrap? bootstrap, IRdapTransport rdap, IWhoisTransport whois, string? whoisRoot)
{
    /// <summary>The registration, or null with <c>Error</c> saying why none was found.</summary>
    public async Task<(Registration? Registration, string? Error)> LookupAsync(string registrableDomain, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        foreach (var server in bootstrap?.ServersFor(registrableDomain) ?? [])
        {
            var url = new Uri(server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/"), $"domain/{registrableDomain}");
            try
            {
                var (status, body) = await rdap.GetAsync(url, cancellationToken);
                if (status == 404)
                {
                    return (null, $"RDAP {server.Host}: {registrableDomain} is not registered");
                }

                if (status == 200)
                {
                    return (RdapResponseParser.Parse(registrableDomain, server.Host, body), null);
                }

                errors.Add($"RDAP {server.Host}: HTTP {status}");
            }
            catch (Exception e) when (e is HttpRequestException or FormatException or System.Text.Json.JsonException or TaskCanceledException)
            {
                errors.Add($"RDAP {server.Host}: {e.Message}");
            }
        }

        if (whoisRoot is null)
        {
            return (null, errors.Count > 0 ? string.Join("; ", errors) : "no RDAP server for this TLD and no WHOIS server configured");
        }

        try
        {
            var answer = await whois.QueryAsync(whoisRoot, registrableDomain, cancellationToken);
            var server = whoisRoot;
            if (WhoisParser.Referral(answer) is { } referral && !referral.Equals(whoisRoot, StringComparison.OrdinalIgnoreCase))
            {
                server = referral;
                answer = await whois.QueryAsync(referral, registrableDomain, cancellationToken);
            }

            return (WhoisParser.Parse(registrableDomain, server, answer), null);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            errors.Add($"WHOIS: {e.Message}");
            return (null, string.Join("; ", errors));
        }
    }
}
