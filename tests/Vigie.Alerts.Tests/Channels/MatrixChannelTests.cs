using System.Text.Json;
using Vigie.Alerts.Channels;
using Vigie.Alerts.Tests.Support;

namespace Vigie.Alerts.Tests.Channels;

public sealed class MatrixChannelTests
{
    [Fact]
    public async Task SendAsync_SentTwice_SamePutPathSoTheHomeserverTakesItOnce()
    {
        await using var receiver = await HttpReceiver.StartNewAsync();
        using var client = AlertHttp.CreateClient();
        var channel = new MatrixChannel(receiver.BaseAddress, "!abc:example.org", "syt_token", client);
        var message = new AlertMessage(55, [SampleAlerts.Phishing()]);

        await channel.SendAsync(message, CancellationToken.None);
        await channel.SendAsync(message, CancellationToken.None);

        var requests = receiver.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal("PUT", requests[0].Method);
        Assert.StartsWith("/_matrix/client/v3/rooms/%21abc%3Aexample.org/send/m.room.message/vigie-55-", requests[0].Path, StringComparison.Ordinal);
        Assert.Equal(requests[0].Path, requests[1].Path);
        Assert.Equal("Bearer syt_token", requests[0].Headers["Authorization"]);
        using var json = JsonDocument.Parse(requests[0].Body);
        Assert.Equal(("m.notice", "org.matrix.custom.html"), (json.RootElement.GetProperty("msgtype").GetString(), json.RootElement.GetProperty("format").GetString()));
        Assert.Contains("Name: onedrive-en-marche[.]fr", json.RootElement.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://vigie.example.org/findings/42\">", json.RootElement.GetProperty("formatted_body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TransactionId_OtherDelivery_Differs() =>
        Assert.NotEqual(MatrixChannel.TransactionId(1, "{}"), MatrixChannel.TransactionId(2, "{}"));
}
