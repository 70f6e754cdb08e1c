using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Vigie.Alerts.Channels;

/// <summary>
/// Matrix through the client-server API (spec v1.x, "PUT /_matrix/client/v3/rooms/{roomId}/send/{eventType}/{txnId}")
/// with a bot account's access token. The transaction id is derived from the delivery id and the body, so a retry of
/// a message the homeserver did take is recognised by it and not posted twice; the body of a batch never changes.
/// m.notice, the message type the spec sets aside for bots.
/// </summary>
internal sealed class MatrixChannel(Uri homeserver, string roomId, string accessToken, HttpClient client) : IAlertChannel
{
    public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var body = Body(message).ToJsonString();
        var url = new Uri(homeserver, $"_matrix/client/v3/rooms/{Uri.EscapeDataString(roomId)}/send/m.room.message/{TransactionId(message.DeliveryId, body)}");
        var request = AlertHttp.Json(HttpMethod.Put, url, body);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        await AlertHttp.SendAsync(client, request, cancellationToken);
    }

    public static string TransactionId(long deliveryId, string body) =>
        $"vigie-{deliveryId}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16]}";

    public static JsonObject Body(AlertMessage message)
    {
        var plain = new StringBuilder(AlertText.Title(message)).Append('\n');
        var html = new StringBuilder("<p><strong>").Append(WebUtility.HtmlEncode(AlertText.Title(message))).Append("</strong></p>");
        foreach (var alert in message.Alerts)
        {
            if (message.IsDigest)
            {
                plain.Append("\n").Append(alert.Title).Append('\n');
                html.Append("<p><strong>").Append(WebUtility.HtmlEncode(alert.Title)).Append("</strong></p>");
            }

            html.Append("<ul>");
            foreach (var (label, value) in AlertText.Fields(alert))
            {
                plain.Append(label).Append(": ").Append(value).Append('\n');
                html.Append("<li>").Append(WebUtility.HtmlEncode(label)).Append(": ").Append(WebUtility.HtmlEncode(value)).Append("</li>");
            }

            html.Append("</ul>");
            if (alert.Link is not null)
            {
                plain.Append(alert.Link).Append('\n');
                html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(alert.Link)).Append("\">Open in Vigie</a></p>");
            }
        }

        return new JsonObject
        {
            ["msgtype"] = "m.notice",
            ["body"] = plain.ToString().TrimEnd(),
            ["format"] = "org.matrix.custom.html",
            ["formatted_body"] = html.ToString(),
        };
    }
}
