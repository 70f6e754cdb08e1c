using Vigie.Storage.Findings;

namespace Vigie.Storage.Sources;

/// <summary>
/// One source as the sources page shows it: a CT log, an NRD list, a zone file or an organisation's sweep
/// (<paramref name="OrganisationId"/>). <paramref name="Position"/> and <paramref name="Size"/> are entries (or lines)
/// read and available; the last error stays shown after a later success, with its time, until the next error.
/// </summary>
internal sealed record SourceStatus(
    string SourceId,
    SourceKind Kind,
    string Label,
    long? OrganisationId,
    long Position,
    long Size,
    DateTimeOffset? LastSuccessAt,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    DateTimeOffset? NextRunAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>How far behind the source the reading is.</summary>
    public long Lag => Math.Max(0, Size - Position);
}
