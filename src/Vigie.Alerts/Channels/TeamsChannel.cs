using System.Text.Json.Nodes;

namespace Vigie.Alerts.Channels;

/// <summary>
/// Microsoft Teams through a Workflows "post to a channel when a webhook request is received" URL: a message with one
/// Adaptive Card attachment (schema 1.4, what Teams renders), a fact set per alert and a button to the dashboard.
/// </summary>
internal sealed class TeamsChannel(Uri url, HttpClient client) : IAlertChannel
{
    private const int DigestCards = 20;

    public Task SendAsync(AlertMessage message, CancellationToken cancellationToken) =>
        AlertHttp.SendAsync(client, AlertHttp.Json(HttpMethod.Post, url, Body(message).ToJsonString()), cancellationToken);

    public static JsonObject Body(AlertMessage message) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["content"] = Card(message),
        }),
    };

    private static JsonObject Card(AlertMessage message)
    {
        var body = new JsonArray(new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = AlertText.Title(message),
            ["weight"] = "Bolder",
            ["size"] = "Medium",
            ["wrap"] = true,
        });
        var actions = new JsonArray();
        foreach (var alert in message.Alerts.Take(DigestCards))
        {
            if (message.IsDigest)
            {
                body.Add((JsonNode)new JsonObject { ["type"] = "TextBlock", ["text"] = alert.Title, ["weight"] = "Bolder", ["wrap"] = true, ["separator"] = true });
            }

            var facts = new JsonArray();
            foreach (var (label, value) in AlertText.Fields(alert))
            {
                facts.Add((JsonNode)new JsonObject { ["title"] = label, ["value"] = value });
            }

            body.Add((JsonNode)new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
            if (alert.Link is not null && actions.Count < 5)
            {
                actions.Add((JsonNode)new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = message.IsDigest ? $"Open {alert.Defanged ?? "sources"}" : "Open in Vigie", ["url"] = alert.Link });
            }
        }

        if (message.Alerts.Count > DigestCards)
        {
            body.Add((JsonNode)new JsonObject { ["type"] = "TextBlock", ["text"] = $"… and {message.Alerts.Count - DigestCards} more in the dashboard", ["wrap"] = true });
        }

        return new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = body,
            ["actions"] = actions,
        };
    }
}
