namespace Vigie.Storage.Scans;

/// <summary>
/// What a run found. <paramref name="Rows"/>: every name this run checked (including, for a resumed run, those
/// checked before the interruption). <paramref name="Interrupted"/>: stopped before the end, by a signal or, then
/// <paramref name="StoppedBecause"/> says why in one line, because the name servers stopped answering.
/// </summary>
internal sealed record ScanReport(
    long RunId,
    bool Resumed,
    bool Interrupted,
    int Total,
    IReadOnlyList<ScanRow> Rows,
    TimeSpan Elapsed,
    int CheckedNow,
    string? StoppedBecause = null)
{
    public int Changes => Rows.Count(r => r.Change is not null);
}
