using System.Net;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Vigie.Cli.Tests.Serve.Cluster;
using Vigie.Storage.Database;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.Web.Cluster;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Sources;

/// <summary>
/// "Retry" on the sources page, against a real nats-server: an admin's click (with the form's token) publishes the dead
/// letter's job again on the jobs' subject, removes the letter and says so in one line, in English or French; analysts
/// see no button and are refused, and a letter already retried is gone.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SourcesRetryTests(PostgresServer postgres)
{
    [Fact]
    public async Task Retry_AdminWithTheFormsToken_JobPublishedAgainAndLetterRemoved()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var host = await StartAsync(nats);
        var finding = await DeadLetters.BuryInvestigationAsync(host, nats);
        await host.AddUserAsync("ada", "correct horse battery", UserRole.Admin);
        using var admin = await host.SignedInAsync("ada", "correct horse battery");

        var page = await admin.GetStringAsync("/sources");
        var response = await WebTestHost.PostFormAsync(admin, "/sources/dead-letters/1/retry", "/sources");
        var again = await WebTestHost.PostFormAsync(admin, "/sources/dead-letters/1/retry", "/sources");
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var french = await admin.GetStringAsync("/sources");

        Assert.Contains("action=\"/sources/dead-letters/1/retry\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The investigation of en-marhce.fr is queued again.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("This dead letter is no longer there", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Réessayer", french, StringComparison.Ordinal);
        await using var connection = new NatsConnection(new NatsOpts { Url = nats.Url });
        var js = new NatsJSContext(connection);
        Assert.Equal(0L, (await js.GetStreamAsync(JetStreamTopology.DeadStream)).Info.State.Messages);
        Assert.Equal(1L, (await js.GetStreamAsync(JetStreamTopology.JobStream)).Info.State.Messages);
        Assert.Equal((0L, null), await RowAsync(host, finding));
    }

    [Fact]
    public async Task Retry_AnalystOrNoToken_NoButtonRefusedAndTheLetterKept()
    {
        await using var nats = await NatsServer.StartAsync();
        await using var host = await StartAsync(nats);
        await DeadLetters.BuryInvestigationAsync(host, nats);
        await host.AddUserAsync("ada", "correct horse battery", UserRole.Admin);
        await host.AddUserAsync("bruno", "correct horse battery", UserRole.Analyst);
        using var analyst = await host.SignedInAsync("bruno", "correct horse battery");
        using var admin = await host.SignedInAsync("ada", "correct horse battery");
        analyst.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var page = await analyst.GetStringAsync("/sources");
        var asAnalyst = await WebTestHost.PostFormAsync(analyst, "/sources/dead-letters/1/retry", "/sources");
        var withoutToken = await admin.PostAsync("/sources/dead-letters/1/retry", new FormUrlEncodedContent([]));
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var french = await admin.GetStringAsync("/sources");

        Assert.Contains("Tâches abandonnées", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/retry", page, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, asAnalyst.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Contains("Réessayer", french, StringComparison.Ordinal);
    }

    private Task<WebTestHost> StartAsync(NatsServer nats) =>
        WebTestHost.StartAsync("postgres", postgres, c => c with { Nats = new NatsSettings { Urls = [new Uri(nats.Url)] } });

    private static async Task<(long Attempts, string? Error)> RowAsync(WebTestHost host, long finding)
    {
        await using var connection = await host.Service<VigieDatabase>().OpenConnectionAsync(CancellationToken.None);
        await using var select = connection.Command("SELECT attempts, last_error FROM investigation_jobs WHERE finding_id = @f").With("@f", finding);
        await using var reader = await select.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }
}
