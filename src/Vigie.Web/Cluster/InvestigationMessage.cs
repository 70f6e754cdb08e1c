namespace Vigie.Web.Cluster;

/// <summary>
/// One job on the investigation stream: the finding, why, and the finding's verdict time when it was queued (null: never
/// investigated). A copy delivered after the finding's verdict moved on is a job already done (see <see cref="JobClaims"/>).
/// </summary>
internal sealed record InvestigationMessage(long FindingId, string Reason, string? VerdictAt);
