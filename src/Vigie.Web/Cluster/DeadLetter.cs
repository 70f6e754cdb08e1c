namespace Vigie.Web.Cluster;

/// <summary>
/// A job given up after its last delivery, as the dead-letter subject carries it and the sources page shows it.
/// <paramref name="Job"/> says which queue gave it up ("investigate", "sweep", "alert"); <paramref name="FindingId"/>
/// is 0 for a job about no finding (a sweep, an alert).
/// </summary>
internal sealed record DeadLetter(long FindingId, string Name, string Reason, string? Error, int Deliveries, DateTimeOffset At, string Job = "investigate");
