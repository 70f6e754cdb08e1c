using System.Text.Json;
using Vigie.Alerts.Channels;
using Vigie.Alerts.Tests.Support;

namespace Vigie.Alerts.Tests.Channels;

public sealed class ChatChannelTests
{
    [Fact]
    public async Task SendAsync_Slack_TextWithMrkdwnLinkAndDefangedName()
    {
        var text = await SendAsync(ChatFlavour.Slack, new AlertMessage(1, [SampleAlerts.Phishing()]));

        Assert.StartsWith("*onedrive-en-marche[.]fr judged phishing*\n", text, StringComparison.Ordinal);
        Assert.Contains("Target: onedrive.en-marche.fr\n", text, StringComparison.Ordinal);
        Assert.Contains("Verdict: phishing (risk 97)", text, StringComparison.Ordinal);
        Assert.EndsWith("<https://vigie.example.org/findings/42|Open in Vigie>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("onedrive-en-marche.fr", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_MattermostDigest_OneMarkdownLinePerAlert()
    {
        var text = await SendAsync(ChatFlavour.Mattermost, new AlertMessage(1, [SampleAlerts.New(1, "en-marche-login.fr"), SampleAlerts.New(2, "en-marche-vote.fr")]));

        Assert.StartsWith("**2 Vigie alerts for En Marche**\n", text, StringComparison.Ordinal);
        Assert.Contains(@"• New look-alike of en-marche.fr: en-marche-login\[.\]fr (score 80) [open](https://vigie.example.org/findings/42)", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split('\n').Length);
    }

    private static async Task<string> SendAsync(ChatFlavour flavour, AlertMessage message)
    {
        await using var receiver = await HttpReceiver.StartNewAsync();
        using var client = AlertHttp.CreateClient();
        await new ChatChannel(new Uri(receiver.BaseAddress, "hooks/abc"), flavour, client).SendAsync(message, CancellationToken.None);
        var request = Assert.Single(receiver.Requests);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        using var json = JsonDocument.Parse(request.Body);
        return json.RootElement.GetProperty("text").GetString()!;
    }
}
