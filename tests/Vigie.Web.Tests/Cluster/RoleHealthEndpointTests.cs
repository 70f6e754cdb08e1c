using System.Net;
using Vigie.Cli.Tests.Serve.Cluster;
using Vigie.Storage.Tests.Support;
using Vigie.Web.Cluster;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Cluster;

/// <summary>
/// GET /health of a role that sends nothing over NATS (ingest), with a `nats:` section and a real nats-server: its unused
/// connection is no failure (found running the AOT ingest role by hand, which answered 503).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RoleHealthEndpointTests(PostgresServer postgres)
{
    [Fact]
    public async Task Health_IngestRoleWithNats_OkWithoutUsingTheConnection()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var host = await WebTestHost.StartAsync("postgres", postgres, c => c with { Role = ServeRole.Ingest, Nats = new NatsSettings { Urls = [new Uri(nats.Url)] } });
        using var client = host.Client();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"ok\",\"role\":\"ingest\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
