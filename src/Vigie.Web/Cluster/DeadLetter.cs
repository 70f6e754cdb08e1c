using System.Text.Json.Serialization;

namespace Vigie.Web.Cluster;

/// <summary>
/// A job given up after its last delivery, as the dead-letter subject carries it and the sources page shows it.
/// <paramref name="Kind"/> says which queue gave it up ("investigate", "sweep", "alert"); <paramref name="FindingId"/>
/// is the first finding, 0 for a job about no finding (a sweep, an alert); <paramref name="Job"/> is an investigation's
/// message, which the page's "retry" publishes again.
/// </summary>
internal sealed record DeadLetter(long FindingId, string Name, string Reason, string? Error, int Deliveries, DateTimeOffset At, InvestigationMessage? Job, string Kind = "investigate")
{
    /// <summary>Its sequence in the dead-letter stream, which names it for "retry" (not part of the message).</summary>
    [JsonIgnore]
    public ulong Sequence { get; init; }
}
