using System.Text.Json.Serialization;

namespace Vigie.Web.Cluster;

/// <summary>
/// One due sweep on the sweep stream: the organisation, and the schedule's occurrence that made it due (stored time
/// format; null: the organisation's first sweep). Its message id is made of both, so the schedulers of several sweep
/// processes publish it once (<see cref="MessageId"/>).
/// </summary>
internal sealed record SweepMessage(long OrganisationId, string? DueAt)
{
    [JsonIgnore]
    public string MessageId => $"sweep-{OrganisationId}@{DueAt ?? "first"}";
}
