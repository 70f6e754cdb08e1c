using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigie.Alerts.Channels;
using Vigie.Alerts.Tests.Support;

namespace Vigie.Alerts.Tests.Channels;

public sealed class WebhookChannelTests
{
    private const string Secret = "correct horse battery staple";

    [Fact]
    public async Task SendAsync_OneAlert_ReceiverVerifiesSignatureAndReadsEveryField()
    {
        await using var receiver = await HttpReceiver.StartNewAsync();
        using var client = AlertHttp.CreateClient();
        var channel = new WebhookChannel(new Uri(receiver.BaseAddress, "hooks/vigie"), Secret, TimeProvider.System, client);

        await channel.SendAsync(new AlertMessage(1234, [SampleAlerts.Phishing()]), CancellationToken.None);

        var request = Assert.Single(receiver.Requests);
        Assert.Equal(("POST", "/hooks/vigie", "1234"), (request.Method, request.Path, request.Headers["Vigie-Delivery"]));
        Assert.True(Verify(request, DateTimeOffset.UtcNow), "the signature a receiver computes matches");
        using var json = JsonDocument.Parse(request.Body);
        var alert = json.RootElement.GetProperty("alerts")[0];
        Assert.Equal(1234, json.RootElement.GetProperty("delivery_id").GetInt64());
        Assert.Equal("onedrive-en-marche[.]fr", alert.GetProperty("defanged").GetString());
        Assert.Equal(("onedrive.en-marche.fr", "dot-to-hyphen", "phishing"),
            (alert.GetProperty("target").GetString(), alert.GetProperty("techniques")[0].GetString(), alert.GetProperty("verdict").GetString()));
        Assert.Equal("https://vigie.example.org/findings/42", alert.GetProperty("link").GetString());
    }

    [Fact]
    public async Task SendAsync_BodyAlteredOrReplayedLate_ReceiverRejects()
    {
        await using var receiver = await HttpReceiver.StartNewAsync();
        using var client = AlertHttp.CreateClient();
        await new WebhookChannel(receiver.BaseAddress, Secret, TimeProvider.System, client).SendAsync(new AlertMessage(1, [SampleAlerts.Phishing()]), CancellationToken.None);
        var request = Assert.Single(receiver.Requests);

        Assert.False(Verify(request with { Body = request.Body.Replace("phishing", "benign", StringComparison.Ordinal) }, DateTimeOffset.UtcNow));
        Assert.False(Verify(request, DateTimeOffset.UtcNow.AddMinutes(6)), "older than the receiver's 5-minute tolerance");
    }

    [Fact]
    public async Task SendAsync_ReceiverAnswers500_ThrowsWithStatus()
    {
        var (app, address) = await Vigie.TestSupport.LoopbackWebHost.StartAsync(context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        await using var _ = app;
        using var client = AlertHttp.CreateClient();

        var error = await Assert.ThrowsAsync<AlertChannelException>(() =>
            new WebhookChannel(address, Secret, TimeProvider.System, client).SendAsync(new AlertMessage(1, [SampleAlerts.Phishing()]), CancellationToken.None));

        Assert.Contains("HTTP 500", error.Message, StringComparison.Ordinal);
    }

    /// <summary>What README "Verifying a webhook" tells receivers to do, written independently of the sender's code.</summary>
    private static bool Verify(ReceivedRequest request, DateTimeOffset now)
    {
        var timestamp = long.Parse(request.Headers["Vigie-Timestamp"], CultureInfo.InvariantCulture);
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > 300)
        {
            return false;
        }

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        var expected = "v1=" + Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{timestamp}.{request.Body}"))).ToLowerInvariant();
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(request.Headers["Vigie-Signature"]));
    }
}
