using System.Globalization;
using System.Text.Json;

namespace Vigie.Alerts.Channels;

/// <summary>The generic JSON webhook: every alert field as is, signed (<see cref="WebhookSignature"/>), with a delivery id to drop repeats by.</summary>
internal sealed class WebhookChannel(Uri url, string secret, TimeProvider time, HttpClient client) : IAlertChannel
{
    public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new WebhookBody(message.DeliveryId, message.Alerts), AlertJson.Default.WebhookBody);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        var request = AlertHttp.Json(HttpMethod.Post, url, body);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        request.Headers.Add(WebhookSignature.DeliveryHeader, message.DeliveryId.ToString(CultureInfo.InvariantCulture));
        await AlertHttp.SendAsync(client, request, cancellationToken);
    }
}
