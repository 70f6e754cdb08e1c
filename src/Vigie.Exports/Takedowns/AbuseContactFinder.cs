using System.Net;
using Vigie.Core.Domains;
using Vigie.Enrichment.Rdap;

namespace Vigie.Exports.Takedowns;

/// <summary>
/// The abuse contacts of a look-alike: the registrar's (RDAP for its registrable domain; ICANN's registrar agreement
/// §3.18 makes registrars publish one and act on reports) and each hosting network's (RDAP for each address it
/// resolved to). An address is written once even when several networks or the registrar share it; what could not be
/// found is said, one line per lookup, so the report can still be sent to the others.
/// </summary>
internal sealed class AbuseContactFinder(RegistrationLookup registrations, IpNetworkLookup networks)
{
    public async Task<(IReadOnlyList<AbuseContact> Contacts, IReadOnlyList<string> Problems)> FindAsync(string name, IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        var contacts = new List<AbuseContact>();
        var problems = new List<string>();
        var domain = DomainName.TryParse(name, out var parsed, out _) ? parsed!.RegistrableDomain : name;
        var (registration, error) = await registrations.LookupAsync(domain, cancellationToken);
        if (registration?.AbuseEmail is { } registrarAbuse)
        {
            contacts.Add(new AbuseContact("registrar", registrarAbuse, registration.Registrar, $"{registration.Source} {registration.Server}: {domain}"));
        }
        else
        {
            problems.Add($"registrar of {domain}: {error ?? "no abuse address in its registration"}");
        }

        foreach (var text in addresses)
        {
            if (!IPAddress.TryParse(text, out var address))
            {
                continue;
            }

            var (network, networkError) = await networks.LookupAsync(address, cancellationToken);
            if (network?.AbuseEmail is { } hostingAbuse)
            {
                contacts.Add(new AbuseContact("hosting", hostingAbuse, network.Name ?? network.Handle, $"rdap {network.Server}: {address}"));
            }
            else
            {
                problems.Add($"hosting network of {address}: {networkError ?? "no abuse address in its registration"}");
            }
        }

        return ([.. contacts.DistinctBy(c => c.Email.ToLowerInvariant())], problems);
    }
}
