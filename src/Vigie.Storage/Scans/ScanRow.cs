using Vigie.Enrichment.Dns;

namespace Vigie.Storage.Scans;

/// <summary>One line of `vigie scan` output: the name as this run saw it, its change and what the database remembers.</summary>
internal sealed record ScanRow(
    string Name,
    NameStatus Status,
    NameChange? Change,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    DnsRecordSet Records,
    string? Reason,
    IReadOnlyList<string> Techniques);
