namespace Vigie.Storage.Findings;

/// <summary>The finding a report went to, and whether the report created it (the first time the organisation hears of the name).</summary>
internal sealed record FindingRecorded(long FindingId, bool Created);
