namespace Vigie.Alerts.Channels;

/// <summary>
/// Incoming-webhook dialects: both take {"text": …}, but Slack marks links &lt;url|label&gt; and bold *x* (its "mrkdwn")
/// while Mattermost reads Markdown ([label](url), **x**).
/// </summary>
internal enum ChatFlavour
{
    Slack,
    Mattermost,
}
