namespace Vigie.Enrichment.Dns;

/// <summary>The result of one question: the outcome, the RCODE and the answer and authority sections.</summary>
internal sealed record DnsLookup(
    string Name,
    DnsRecordType Type,
    DnsLookupOutcome Outcome,
    DnsResponseCode ResponseCode,
    IReadOnlyList<DnsRecord> Answers,
    IReadOnlyList<DnsRecord> Authority)
{
    /// <summary>The AA bit (RFC 1035 §4.1.1): the server that answered serves the zone itself.</summary>
    public bool Authoritative { get; init; }

    /// <summary>NXDOMAIN: the name does not exist, for every type (RFC 8020).</summary>
    public bool IsNameError => Outcome == DnsLookupOutcome.Answered && ResponseCode == DnsResponseCode.NameError;

    /// <summary>NOERROR from a server: the answer (possibly empty, NODATA) can be trusted.</summary>
    public bool IsNoError => Outcome == DnsLookupOutcome.Answered && ResponseCode == DnsResponseCode.NoError;

    /// <summary>Timeout, SERVFAIL, REFUSED…: nothing can be concluded about the name.</summary>
    public bool IsInconclusive => !IsNameError && !IsNoError;

    public static DnsLookup Unanswered(string name, DnsRecordType type, DnsLookupOutcome outcome) =>
        new(name, type, outcome, DnsResponseCode.ServerFailure, [], []);

    /// <summary>The data of the answers of one type, whatever their owner (a CNAME chain ends in the records asked for).</summary>
    public IEnumerable<string> DataOf(DnsRecordType type) => Answers.Where(r => r.Type == type).Select(r => r.Data);
}
