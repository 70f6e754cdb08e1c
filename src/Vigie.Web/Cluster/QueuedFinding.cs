namespace Vigie.Web.Cluster;

/// <summary>
/// A finding in a job: why, and its verdict time when it was queued (null: never investigated). A copy delivered after
/// the finding's verdict moved on is a job already done (see <see cref="JobClaims"/>).
/// </summary>
internal sealed record QueuedFinding(long FindingId, string Reason, string? VerdictAt);
