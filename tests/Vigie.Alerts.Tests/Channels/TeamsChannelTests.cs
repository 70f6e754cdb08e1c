using System.Text.Json;
using Vigie.Alerts.Channels;
using Vigie.Alerts.Tests.Support;

namespace Vigie.Alerts.Tests.Channels;

public sealed class TeamsChannelTests
{
    [Fact]
    public async Task SendAsync_OneAlert_AdaptiveCardWithFactsAndButton()
    {
        await using var receiver = await HttpReceiver.StartNewAsync();
        using var client = AlertHttp.CreateClient();

        await new TeamsChannel(new Uri(receiver.BaseAddress, "workflows/run"), client).SendAsync(new AlertMessage(1, [SampleAlerts.Phishing()]), CancellationToken.None);

        using var json = JsonDocument.Parse(Assert.Single(receiver.Requests).Body);
        Assert.Equal("message", json.RootElement.GetProperty("type").GetString());
        var attachment = json.RootElement.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal(("AdaptiveCard", "1.4"), (card.GetProperty("type").GetString(), card.GetProperty("version").GetString()));
        Assert.Equal("onedrive-en-marche[.]fr judged phishing", card.GetProperty("body")[0].GetProperty("text").GetString());
        var facts = card.GetProperty("body")[1].GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal(("onedrive-en-marche[.]fr", "dot-to-hyphen"), (facts["Name"], facts["Technique"]));
        var action = card.GetProperty("actions")[0];
        Assert.Equal(("Action.OpenUrl", "https://vigie.example.org/findings/42"), (action.GetProperty("type").GetString(), action.GetProperty("url").GetString()));
    }
}
