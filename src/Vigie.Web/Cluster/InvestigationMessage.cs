namespace Vigie.Web.Cluster;

/// <summary>
/// One job on the investigation stream: a name and the findings of that name queued together (the same name filed in
/// several organisations is investigated once, README "One name, several organisations"). The worker taking it also
/// claims the other queued jobs of the name (<see cref="JetStreamJobTaker"/>).
/// </summary>
internal sealed record InvestigationMessage(string Name, IReadOnlyList<QueuedFinding> Findings);
