namespace Vigie.Storage.Investigations;

/// <summary>
/// A claimed job: the finding, why, the attempt number (1 for the first), and when its first unfinished attempt
/// started, which is the time its observations are filed under.
/// </summary>
internal sealed record InvestigationJob(long FindingId, string Reason, int Attempt, DateTimeOffset StartedAt);
