namespace Vigie.Alerts;

/// <summary>
/// What a channel sends in one go: one alert, or a digest of a burst. <paramref name="DeliveryId"/> stays the same when
/// the message is sent again after a failure or a restart, so a receiver can drop a repeat.
/// </summary>
internal sealed record AlertMessage(long DeliveryId, IReadOnlyList<Alert> Alerts)
{
    public bool IsDigest => Alerts.Count > 1;
}
