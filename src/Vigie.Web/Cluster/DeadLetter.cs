namespace Vigie.Web.Cluster;

/// <summary>A job given up after its last delivery, as the dead-letter subject carries it and the sources page shows it.</summary>
internal sealed record DeadLetter(long FindingId, string Name, string Reason, string? Error, int Deliveries, DateTimeOffset At);
