using System.Collections.Concurrent;

namespace Vigie.Enrichment.Dns;

/// <summary>
/// Detects wildcard zones the way they betray themselves: a random label at the same level as the name
/// (same parent) that no one registered still resolves. Asked once per parent and only when a name under it
/// answered, so a sweep of mostly unregistered names pays nothing. dnstwist counts these answers as
/// registrations; Vigie compares against them instead.
/// </summary>
internal sealed class WildcardDetector(IDnsResolver resolver)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<WildcardProbe>>> probes = new(StringComparer.Ordinal);

    public Task<WildcardProbe> ProbeAsync(string parent, CancellationToken cancellationToken) =>
        probes.GetOrAdd(parent, p => new Lazy<Task<WildcardProbe>>(() => ProbeCoreAsync(p, cancellationToken))).Value;

    private async Task<WildcardProbe> ProbeCoreAsync(string parent, CancellationToken cancellationToken)
    {
        // Two labels: a wildcard may rotate its answers, and the union covers the usual round-robin pairs.
        var first = $"{RandomLabel()}.{parent}";
        var second = $"{RandomLabel()}.{parent}";
        var lookups = await Task.WhenAll(
            resolver.QueryAsync(first, DnsRecordType.A, cancellationToken).AsTask(),
            resolver.QueryAsync(first, DnsRecordType.AAAA, cancellationToken).AsTask(),
            resolver.QueryAsync(first, DnsRecordType.MX, cancellationToken).AsTask(),
            resolver.QueryAsync(first, DnsRecordType.NS, cancellationToken).AsTask(),
            resolver.QueryAsync(second, DnsRecordType.A, cancellationToken).AsTask());
        if (lookups.Any(l => l.IsInconclusive))
        {
            return new WildcardProbe(true, DnsRecordSet.Empty);
        }

        var synthetic = new DnsRecordSet
        {
            Ns = DnsRecordSet.Sorted(lookups.SelectMany(l => l.DataOf(DnsRecordType.NS))),
            A = DnsRecordSet.Sorted(lookups.Where(l => l.Type == DnsRecordType.A).SelectMany(l => l.DataOf(DnsRecordType.A))),
            Aaaa = DnsRecordSet.Sorted(lookups.SelectMany(l => l.DataOf(DnsRecordType.AAAA))),
            Mx = DnsRecordSet.Sorted(lookups.SelectMany(l => l.DataOf(DnsRecordType.MX))),
            Cname = DnsRecordSet.Sorted(lookups.SelectMany(l => l.DataOf(DnsRecordType.CNAME))),
        };
        return new WildcardProbe(false, synthetic);
    }

    /// <summary>Twenty random letters and digits: 36^20 possibilities, so the label cannot have been registered.</summary>
    private static string RandomLabel() =>
        string.Create(20, 0, static (span, _) =>
        {
            const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[Random.Shared.Next(alphabet.Length)];
            }
        });
}
