namespace Vigie.Alerts.Channels;

/// <summary>The generic webhook's JSON body (README, "Alerts", "Webhook"): the delivery id and one or more alerts.</summary>
internal sealed record WebhookBody(long DeliveryId, IReadOnlyList<Alert> Alerts);
