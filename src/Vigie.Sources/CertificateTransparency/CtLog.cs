namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// A CT log as the log lists describe it. <paramref name="Url"/> is where it is read: the RFC 6962 base URL,
/// or the static-ct-api monitoring prefix. <paramref name="State"/> is the list's state ("usable", "qualified",
/// "readonly", "retired", "rejected", "pending"), "none" for test logs without one; <paramref name="Lists"/>
/// names the lists that carry it ("google", "apple", or "log.v3.json" for a log described by itself).
/// </summary>
internal sealed record CtLog(
    string Name,
    string Operator,
    string LogId,
    byte[] Key,
    CtLogKind Kind,
    Uri Url,
    int MmdSeconds,
    string State,
    IReadOnlyList<string> Lists)
{
    /// <summary>The checkpoint origin of a tiled log: its submission prefix without scheme or trailing slash (static-ct-api, "Checkpoints").</summary>
    public string? Origin { get; init; }

    /// <summary>The key of this log's position in `vigie watch`'s store.</summary>
    public string SourceId => "ct:" + LogId;

    /// <summary>Usable and qualified logs take new certificates (Chrome CT policy): the ones worth following.</summary>
    public bool IsActive => State is "usable" or "qualified";
}
