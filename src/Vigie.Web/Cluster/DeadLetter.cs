using System.Text.Json.Serialization;

namespace Vigie.Web.Cluster;

/// <summary>
/// A job given up after its last delivery, as the dead-letter subject carries it and the sources page shows it: the first
/// finding, the error of its last attempt, and the job itself, which the page's "retry" publishes again.
/// </summary>
internal sealed record DeadLetter(long FindingId, string Name, string Reason, string? Error, int Deliveries, DateTimeOffset At, InvestigationMessage? Job)
{
    /// <summary>Its sequence in the dead-letter stream, which names it for "retry" (not part of the message).</summary>
    [JsonIgnore]
    public ulong Sequence { get; init; }
}
