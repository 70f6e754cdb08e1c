namespace Vigie.Enrichment.Dns;

/// <summary>
/// The sweep's finding for one name. <paramref name="Partial"/>: the name is registered but some record queries
/// failed, so its record set must not be compared with an earlier one. <paramref name="Reason"/> says why a name
/// is <see cref="NameStatus.Unknown"/> or <see cref="NameStatus.Wildcard"/>.
/// </summary>
internal sealed record NameObservation(string Name, NameStatus Status, DnsRecordSet Records, bool Partial, string? Reason)
{
    /// <summary>No server answered the name's first question at all (timeout or failed send), not even with an error code.</summary>
    public bool Unanswered { get; init; }
}
