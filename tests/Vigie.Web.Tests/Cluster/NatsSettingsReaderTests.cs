using Vigie.TestSupport;
using Vigie.Web.Cluster;
using Vigie.Web.Hosting;

namespace Vigie.Web.Tests.Cluster;

public sealed class NatsSettingsReaderTests
{
    [Fact]
    public void Read_EveryField_KeptWithFilesFromTheConfigFolder()
    {
        using var folder = new TempFolder();
        foreach (var file in new[] { "vigie.creds", "ca.pem", "client.pem", "client.key" })
        {
            File.WriteAllText(folder.File(file), "x");
        }

        var nats = Parse($"""
            nats:
              urls: [tls://127.0.0.1:4222, "nats://127.0.0.2:4222"]
              creds: vigie.creds
              tls_ca: ca.pem
              tls_cert: client.pem
              tls_key: client.key
              ack_wait: 5
              max_deliver: 3
            """, folder.Path).Nats!;

        Assert.Equal([new Uri("tls://127.0.0.1:4222"), new Uri("nats://127.0.0.2:4222")], nats.Urls);
        Assert.Equal((folder.File("vigie.creds"), folder.File("ca.pem"), folder.File("client.pem"), folder.File("client.key")),
            (nats.CredsFile, nats.TlsCa, nats.TlsCert, nats.TlsKey));
        Assert.Equal((TimeSpan.FromSeconds(5), 3), (nats.AckWait, nats.MaxDeliver));
    }

    [Fact]
    public void Read_UrlOnly_Defaults()
    {
        var nats = Parse("nats:\n  urls: nats://127.0.0.1:4222\n", "/etc/vigie").Nats!;
        Assert.Equal((TimeSpan.FromSeconds(30), 5, null), (nats.AckWait, nats.MaxDeliver, nats.CredsFile));
        Assert.Equal("nats://127.0.0.1:4222/; a job redelivered 30 s after its worker's last news, dead-lettered after 5 attempts", NatsSettings.Describe(nats));
    }

    [Fact]
    public void Parse_NoNatsSection_DatabaseQueue() => Assert.Null(Parse("listen: http://127.0.0.1:8080", "/etc/vigie").Nats);

    [Theory]
    [InlineData("nats:\n  ack_wait: 5\n", "vigie.yaml line 2, nats: no server")]
    [InlineData("nats:\n  urls: http://127.0.0.1:4222\n", "vigie.yaml line 2, nats.urls: 'http://127.0.0.1:4222' is not a nats://host:port")]
    [InlineData("nats:\n  urls: nats://u:p@127.0.0.1:4222\n", "vigie.yaml line 2, nats.urls: 'nats://u:p@127.0.0.1:4222' is not")]
    [InlineData("nats:\n  urls: nats://127.0.0.1:4222\n  user: vigie\n", "vigie.yaml line 2, nats: user and password go together")]
    [InlineData("nats:\n  urls: nats://127.0.0.1:4222\n  creds: missing.creds\n", "vigie.yaml line 3, nats.creds: no file /etc/vigie/missing.creds")]
    [InlineData("nats:\n  urls: nats://127.0.0.1:4222\n  max_deliver: 0\n", "vigie.yaml line 3, nats.max_deliver: '0' is not a number from 1 to 100")]
    [InlineData("nats:\n  urls: nats://127.0.0.1:4222\n  stream: x\n", "vigie.yaml line 3: unknown field 'nats.stream'")]
    public void Read_BadValue_OneLineNamingTheField(string text, string start)
    {
        var error = Assert.Throws<ServeConfigException>(() => Parse(text, "/etc/vigie"));
        Assert.StartsWith(start, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static ServeConfig Parse(string text, string folder) => ServeConfigLoader.Parse(text, "vigie.yaml", folder, "/srv/vigie");
}
