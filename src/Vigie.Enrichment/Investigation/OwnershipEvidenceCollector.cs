using System.Collections.Concurrent;
using Vigie.Core.Scoring;
using Vigie.Enrichment.Dns;
using Vigie.Enrichment.Http;
using Vigie.Enrichment.Rdap;

namespace Vigie.Enrichment.Investigation;

/// <summary>
/// Observes the genuine domains a flagged name imitates — their name servers and mail exchangers, the organisation
/// in their HTTPS certificate, their RDAP registrant — once per run, and compares the name's with them
/// (<see cref="OwnershipRules"/>). A genuine site is fetched through the same safe fetcher as the suspects, and only
/// when the suspect shows a certificate organisation; RDAP is asked only when the suspect has a registrant.
/// </summary>
internal sealed class OwnershipEvidenceCollector(IDnsResolver dns, Func<SafeHttpFetcher> fetchers, RegistrationLookup? registrations)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(List<string> Ns, List<string> Mx)>>> records = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> certificates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> registrants = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<OwnershipEvidence>> CollectAsync(OwnershipSignals suspect, IEnumerable<string> genuineDomains, CancellationToken cancellationToken)
    {
        var compared = await Task.WhenAll(genuineDomains.Distinct(StringComparer.Ordinal).Where(g => g != suspect.Domain).Select(async genuine =>
        {
            var (ns, mx) = await Once(records, genuine, () => RecordsAsync(genuine, cancellationToken));
            var organisation = suspect.CertificateOrganisation is null ? null : await Once(certificates, genuine, () => CertificateOrganisationAsync(genuine, cancellationToken));
            var registrant = suspect.RegistrantOrganisation is null || registrations is null ? null
                : await Once(registrants, genuine, () => RegistrantAsync(registrations, genuine, cancellationToken));
            var evidence = OwnershipRules.Compare(suspect, new OwnershipSignals(genuine, ns, mx, organisation, RegistrantOrganisation: registrant));
            return await Task.WhenAll(evidence.Select(e => ConfirmAsync(e, suspect.Domain, cancellationToken)));
        }));
        return [.. compared.SelectMany(e => e)];
    }

    /// <summary>NS host names of a lookup, lower case without the final dot.</summary>
    public static List<string> NameServersOf(DnsLookup lookup) => Hosts(lookup.DataOf(DnsRecordType.NS));

    /// <summary>MX host names ("10 mx.example.com." → "mx.example.com"), without the null MX "." (RFC 7505).</summary>
    public static List<string> MailHostsOf(IEnumerable<string> mx) => Hosts(mx.Select(m => m[(m.IndexOf(' ', StringComparison.Ordinal) + 1)..]));

    /// <summary>
    /// The organisation of the certificate the name itself presented, and whether it validated. A certificate that
    /// names another host belongs to whoever runs the server (a shared host's default certificate): not counted.
    /// </summary>
    public static (string? Organisation, bool Trusted) CertificateOf(FetchResult? http, string host) =>
        http?.Certificates.FirstOrDefault(c => c.Host.Equals(host, StringComparison.OrdinalIgnoreCase)) is { Organisation: { } o } c
            && !c.ValidationErrors.Contains(nameof(System.Net.Security.SslPolicyErrors.RemoteCertificateNameMismatch), StringComparison.Ordinal)
            ? (o, c.ValidationErrors.Length == 0)
            : (null, false);

    /// <summary>
    /// Asks the genuine domain's own name servers that the suspect shares, directly and without recursion, about the
    /// suspect's zone (RFC 1034 §4.3.1): an authoritative answer (AA, RFC 1035 §4.1.1) proves the brand serves it.
    /// Over TCP (RFC 7766) through the connection guard, so the address policy holds for these servers too.
    /// </summary>
    private async Task<OwnershipEvidence> ConfirmAsync(OwnershipEvidence evidence, string zone, CancellationToken cancellationToken)
    {
        if (evidence.Kind != OwnershipEvidenceKind.NameServers)
        {
            return evidence;
        }

        using var fetcher = fetchers();
        foreach (var server in evidence.Shared.Where(s => OwnershipRules.IsUnder(s, evidence.Genuine)))
        {
            try
            {
                var answer = await TcpExchange.ExchangeAsync(token => fetcher.Guard.ConnectSocketAsync(server, 53, token), zone, DnsRecordType.NS,
                    recursionDesired: false, TimeSpan.FromSeconds(5), cancellationToken);
                if (answer.IsNoError && answer.Authoritative && answer.DataOf(DnsRecordType.NS).Any())
                {
                    return OwnershipRules.AnsweredWithAuthority(evidence, server);
                }
            }
            catch (AddressRefusedException)
            {
                // A server on a forbidden address is never asked; the evidence stays weak.
            }
        }

        return evidence;
    }

    private static List<string> Hosts(IEnumerable<string> names) =>
        [.. names.Select(n => n.Trim().TrimEnd('.').ToLowerInvariant()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];

    private static Task<T> Once<T>(ConcurrentDictionary<string, Lazy<Task<T>>> cache, string key, Func<Task<T>> observe) =>
        cache.GetOrAdd(key, _ => new Lazy<Task<T>>(observe)).Value;

    private async Task<(List<string>, List<string>)> RecordsAsync(string genuine, CancellationToken cancellationToken)
    {
        var ns = dns.QueryAsync(genuine, DnsRecordType.NS, cancellationToken).AsTask();
        var mx = dns.QueryAsync(genuine, DnsRecordType.MX, cancellationToken).AsTask();
        return (NameServersOf(await ns), MailHostsOf((await mx).DataOf(DnsRecordType.MX)));
    }

    /// <summary>The genuine site's certificate organisation, kept whether or not it validates (the genuine side is ours).</summary>
    private async Task<string?> CertificateOrganisationAsync(string genuine, CancellationToken cancellationToken)
    {
        using var fetcher = fetchers();
        var result = await fetcher.FetchAsync(new Uri($"https://{genuine}/"), cancellationToken);
        return result.Certificates
            .Where(c => c.Host.Equals(genuine, StringComparison.OrdinalIgnoreCase) || c.Host.EndsWith("." + genuine, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Host.Length)
            .Select(c => c.Organisation)
            .FirstOrDefault(o => o is not null);
    }

    private static async Task<string?> RegistrantAsync(RegistrationLookup registrations, string genuine, CancellationToken cancellationToken) =>
        (await registrations.LookupAsync(genuine, cancellationToken)).Registration?.RegistrantOrganisation;
}
