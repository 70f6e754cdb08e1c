namespace Vigie.Storage.Scans;

/// <summary>One sweep of a target's names. <paramref name="Fingerprint"/> identifies the name list, so that only a run of the same list is resumed.</summary>
internal sealed record ScanRun(long Id, string Target, string Fingerprint, DateTimeOffset StartedAt, bool Complete, int Names);
