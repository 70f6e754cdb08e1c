namespace Vigie.Storage.Alerts;

/// <summary>
/// One event routed to one channel: <paramref name="Alert"/> is the alert as rendered then (JSON), sent as is;
/// <paramref name="Topic"/> is what duplicate suppression compares ("new_finding", "verdict:phishing").
/// </summary>
internal sealed record AlertDeliveryDraft(string Channel, string Topic, string Alert);
