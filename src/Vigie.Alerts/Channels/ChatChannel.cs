using System.Text;
using System.Text.Json.Nodes;

namespace Vigie.Alerts.Channels;

/// <summary>Slack- and Mattermost-compatible incoming webhooks: one text message per alert or digest.</summary>
internal sealed class ChatChannel(Uri url, ChatFlavour flavour, HttpClient client) : IAlertChannel
{
    /// <summary>A digest lists at most this many alerts and says how many more wait in the dashboard.</summary>
    private const int DigestLines = 30;

    public Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["text"] = Text(message, flavour) }.ToJsonString();
        return AlertHttp.SendAsync(client, AlertHttp.Json(HttpMethod.Post, url, body), cancellationToken);
    }

    public static string Text(AlertMessage message, ChatFlavour flavour)
    {
        var text = new StringBuilder();
        text.Append(Bold(AlertText.Title(message), flavour)).Append('\n');
        if (!message.IsDigest)
        {
            var alert = message.Alerts[0];
            foreach (var (label, value) in AlertText.Fields(alert))
            {
                text.Append(Escape(label, flavour)).Append(": ").Append(Escape(value, flavour)).Append('\n');
            }

            AppendLink(text, alert.Link, "Open in Vigie", flavour);
            return text.ToString().TrimEnd();
        }

        foreach (var alert in message.Alerts.Take(DigestLines))
        {
            text.Append("• ").Append(Escape(alert.Title, flavour));
            AppendLink(text.Append(' '), alert.Link, "open", flavour);
            text.Append('\n');
        }

        if (message.Alerts.Count > DigestLines)
        {
            text.Append("… and ").Append(message.Alerts.Count - DigestLines).Append(" more in the dashboard\n");
        }

        return text.ToString().TrimEnd();
    }

    private static void AppendLink(StringBuilder text, string? link, string label, ChatFlavour flavour)
    {
        if (link is not null)
        {
            text.Append(flavour == ChatFlavour.Slack ? $"<{link}|{label}>" : $"[{label}]({link})");
        }
    }

    private static string Bold(string text, ChatFlavour flavour) =>
        flavour == ChatFlavour.Slack ? $"*{Escape(text, flavour)}*" : $"**{Escape(text, flavour)}**";

    // Slack's mrkdwn takes &, < and > as control characters (its "Formatting text" guide); Mattermost renders
    // Markdown, where a look-alike's explanation must not turn into emphasis or a link.
    private static string Escape(string text, ChatFlavour flavour) => flavour == ChatFlavour.Slack
        ? text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        : text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("`", "\\`", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
