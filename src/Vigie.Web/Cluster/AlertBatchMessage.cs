using System.Globalization;
using System.Text.Json.Serialization;

namespace Vigie.Web.Cluster;

/// <summary>
/// One attempt of a channel's batch of alerts on the alert stream: the channel, the batch (its id is also the delivery
/// id receivers use to drop a repeat), and how many attempts the outbox had recorded when it was published. A copy of
/// an attempt whose outcome is already recorded changes nothing.
/// </summary>
internal sealed record AlertBatchMessage(string Channel, long BatchId, int Attempt)
{
    [JsonIgnore]
    public string MessageId => string.Create(CultureInfo.InvariantCulture, $"alert-{Channel}-{BatchId}-{Attempt}");
}
