using Vigie.Enrichment.Dns;

namespace Vigie.Storage.Scans;

/// <summary>
/// What the database remembers about one name of a target. <paramref name="Status"/> is the last conclusive
/// status (an <see cref="NameStatus.Unknown"/> answer never overwrites it); <paramref name="Observed"/> and
/// <paramref name="Reason"/> are the last observation as it was. <paramref name="LastSeen"/>: last time registered.
/// </summary>
internal sealed record NameState(
    string Name,
    NameStatus Status,
    NameStatus Observed,
    string? Reason,
    DnsRecordSet Records,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    long LastRun);
