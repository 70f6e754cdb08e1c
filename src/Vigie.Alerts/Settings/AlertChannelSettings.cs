using Vigie.Alerts.Channels;

namespace Vigie.Alerts.Settings;

/// <summary>
/// One channel of the `alerts:` section: its name (unique; it keys the channel's queue in the outbox), rules and
/// delivery.
/// </summary>
internal sealed record AlertChannelSettings(string Name, string Type, IReadOnlyList<AlertRule> Rules, DeliverySettings Delivery, Func<AlertChannelContext, IAlertChannel> Create)
{
    /// <summary>Where it delivers, for `vigie serve --check-config`: every credential (a webhook's secret, a chat webhook's URL, a Matrix token) left out.</summary>
    public string Target { get; init; } = "";
}
