namespace Vigie.Enrichment.Dns;

/// <summary>
/// Decides whether one name is registered, from evidence only. One A query first: NXDOMAIN means the name does
/// not exist for any type (RFC 8020), which settles most permutations in a single round trip. A name that
/// answers gets NS, SOA, AAAA and MX, and SPF and DMARC when it has mail exchangers; its records are then checked
/// against its parent's wildcard. No separate CNAME query: a recursive server answers an A question about an alias
/// with the CNAME chain (RFC 1034 §3.6.2), and an alias has no other data (RFC 1034 §3.6.2, RFC 2181 §10.1). SERVFAIL and timeouts give <see cref="NameStatus.Unknown"/>, never
/// a registration (dnstwist reports them as registered).
/// </summary>
internal sealed class NameProber(IDnsResolver resolver, WildcardDetector wildcards)
{
    public async Task<NameObservation> ProbeAsync(string name, CancellationToken cancellationToken)
    {
        var a = await resolver.QueryAsync(name, DnsRecordType.A, cancellationToken);
        if (a.IsNameError)
        {
            return new NameObservation(name, NameStatus.Unregistered, DnsRecordSet.Empty, false, null);
        }

        if (a.IsInconclusive)
        {
            return new NameObservation(name, NameStatus.Unknown, DnsRecordSet.Empty, false, Describe(a)) { Unanswered = a.Outcome != DnsLookupOutcome.Answered };
        }

        var others = await Task.WhenAll(
            resolver.QueryAsync(name, DnsRecordType.NS, cancellationToken).AsTask(),
            resolver.QueryAsync(name, DnsRecordType.SOA, cancellationToken).AsTask(),
            resolver.QueryAsync(name, DnsRecordType.AAAA, cancellationToken).AsTask(),
            resolver.QueryAsync(name, DnsRecordType.MX, cancellationToken).AsTask());
        var (ns, soa, aaaa, mx) = (others[0], others[1], others[2], others[3]);
        var records = new DnsRecordSet
        {
            Ns = DnsRecordSet.Sorted(OwnedBy(ns, name, DnsRecordType.NS)),
            Soa = DnsRecordSet.Sorted(OwnedBy(soa, name, DnsRecordType.SOA).Select(WithoutSerial)),
            A = DnsRecordSet.Sorted(a.DataOf(DnsRecordType.A)),
            Aaaa = DnsRecordSet.Sorted(aaaa.DataOf(DnsRecordType.AAAA)),
            Mx = DnsRecordSet.Sorted(mx.DataOf(DnsRecordType.MX)),
            Cname = DnsRecordSet.Sorted(OwnedBy(a, name, DnsRecordType.CNAME)),
        };
        var partial = others.Any(l => l.IsInconclusive);
        if (records.Mx.Count > 0)
        {
            (records, var mailPartial) = await AddMailPolicyAsync(name, records, cancellationToken);
            partial |= mailPartial;
        }

        if (records.IsEmpty)
        {
            return partial
                ? new NameObservation(name, NameStatus.Unknown, records, false, "some queries failed and the others found no record")
                : new NameObservation(name, NameStatus.Unregistered, records, false, null);
        }

        if (Parent(name) is { } parent)
        {
            var wildcard = await wildcards.ProbeAsync(parent, cancellationToken);
            if (wildcard.Inconclusive)
            {
                return new NameObservation(name, NameStatus.Unknown, records, partial, $"the wildcard check of {parent} failed");
            }

            if (wildcard.IsWildcard && wildcard.Explains(records))
            {
                return new NameObservation(name, NameStatus.Wildcard, records, partial, $"only the synthetic answers of *.{parent}");
            }
        }

        return new NameObservation(name, NameStatus.Registered, records, partial, null);
    }

    /// <summary>SPF (RFC 7208 §4.5: the TXT record starting "v=spf1") and DMARC (RFC 7489 §6.1: TXT at _dmarc).</summary>
    private async Task<(DnsRecordSet Records, bool Partial)> AddMailPolicyAsync(string name, DnsRecordSet records, CancellationToken cancellationToken)
    {
        var txt = await Task.WhenAll(
            resolver.QueryAsync(name, DnsRecordType.TXT, cancellationToken).AsTask(),
            resolver.QueryAsync($"_dmarc.{name}", DnsRecordType.TXT, cancellationToken).AsTask());
        var spf = txt[0].DataOf(DnsRecordType.TXT).Where(t => t.StartsWith("v=spf1", StringComparison.OrdinalIgnoreCase));
        var dmarc = txt[1].DataOf(DnsRecordType.TXT).Where(t => t.StartsWith("v=DMARC1", StringComparison.OrdinalIgnoreCase));
        var partial = txt[0].IsInconclusive || (txt[1].IsInconclusive && !txt[1].IsNameError);
        return (records with { Spf = DnsRecordSet.Sorted(spf), Dmarc = DnsRecordSet.Sorted(dmarc) }, partial);
    }

    private static IEnumerable<string> OwnedBy(DnsLookup lookup, string name, DnsRecordType type) =>
        lookup.Answers.Where(r => r.Type == type && string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)).Select(r => r.Data);

    /// <summary>"mname rname": the serial changes with every zone edit and would report a change each run.</summary>
    private static string WithoutSerial(string soa) => string.Join(' ', soa.Split(' ').Take(2));

    private static string? Parent(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 || dot == name.Length - 1 ? null : name[(dot + 1)..];
    }

    private static string Describe(DnsLookup lookup) => lookup.Outcome switch
    {
        DnsLookupOutcome.TimedOut => "no answer (timeout)",
        DnsLookupOutcome.Failed => "the query failed",
        _ => lookup.ResponseCode switch
        {
            DnsResponseCode.ServerFailure => "SERVFAIL",
            DnsResponseCode.Refused => "REFUSED",
            var other => other.ToString().ToUpperInvariant(),
        },
    };
}
