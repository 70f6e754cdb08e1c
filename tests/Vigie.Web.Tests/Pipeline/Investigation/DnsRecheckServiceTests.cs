using Vigie.Enrichment.Tests.Support;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Investigations;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;
using Vigie.Web.Pipeline.Investigation;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Pipeline.Investigation;

/// <summary>
/// The DNS re-checks run once across a cluster (README, "Running on several machines"): of two investigate workers on
/// one PostgreSQL, one re-checks the findings (against a real unbound) while the other stands by, and the one standing
/// by takes the re-checks over when the first stops.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DnsRecheckServiceTests(PostgresServer postgres)
{
    private static readonly string[] Names = ["login-en-marche.fr", "secure-en-marche.fr", "mail-en-marche.com"];

    [Fact]
    public async Task ExecuteAsync_TwoWorkersOnOneDatabase_OneRechecksTheOtherTakesOverWhenItStops()
    {
        var (connection, organisation) = await PipelineWorker.DatabaseAsync(postgres);
        await using (var database = VigieDatabase.Open(connection))
        {
            await new FindingsStore(database, TimeProvider.System).Findings.RecordAsync([.. Names.Select(name =>
                new FindingReport(organisation.Id, name, "en-marche.fr", ["combosquat"], 90, "test", SourceKind.Manual, "test", DateTimeOffset.UtcNow))], CancellationToken.None);
        }

        await using var dns = await UnboundServer.StartAsync(Names.Aggregate(new LabZone(), (zone, name) => zone.Register(name, "192.0.2.10")));
        var settings = new InvestigateSettings { MinScore = 60, DnsCheck = TimeSpan.FromSeconds(1), NameServers = [dns.EndPoint] };
        await using var first = await StartAsync(connection, settings);
        await using var second = await StartAsync(connection, settings);

        await Poll.UntilAsync(() => Checked(first) || Checked(second), TimeSpan.FromSeconds(60));
        var (holder, standby) = Checked(first) ? (first, second) : (second, first);
        // Several rounds of the holder (one a second) while the other stands by, never re-checking.
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.True(Checked(holder));
        Assert.StartsWith("standby", standby.Status(DnsRecheckService.Name)?.State, StringComparison.Ordinal);

        await holder.StopAsync();
        await Poll.UntilAsync(() => Checked(standby), TimeSpan.FromSeconds(30));

        await using var reading = VigieDatabase.Open(connection);
        var checks = await new FindingCheckRepository(reading).ListDueAsync(60, DateTimeOffset.UtcNow.AddMinutes(1), 10, CancellationToken.None);
        Assert.Equal(Names.Order(StringComparer.Ordinal), checks.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(checks, c => Assert.False(string.IsNullOrEmpty(c.Answer)));
    }

    private static bool Checked(PipelineWorker worker) =>
        worker.Status(DnsRecheckService.Name)?.State.EndsWith(" changed", StringComparison.Ordinal) == true;

    private static Task<PipelineWorker> StartAsync(string connection, InvestigateSettings settings) => PipelineWorker.StartAsync(connection,
        (database, store, context) => new DnsRecheckService(settings, context, store, new DatabaseInvestigationQueue(database, TimeProvider.System)));
}
