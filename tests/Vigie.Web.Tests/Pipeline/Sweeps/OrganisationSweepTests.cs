using System.Net;
using Vigie.Enrichment.Dns;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;
using Vigie.Web.Pipeline.Scheduling;
using Vigie.Web.Pipeline.Sweeps;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Pipeline.Sweeps;

/// <summary>
/// A scheduled sweep whose name servers do not answer, against the test run's PostgreSQL and a real unbound: it fails
/// in one line (which the sources page shows, with the back-off) instead of recording every name "unknown" and
/// closing the round, and the next try, with the resolver back, resumes the round and finds every registered name once.
/// </summary>
public sealed class OrganisationSweepTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly ScheduledRound Scheduled = new(DateTimeOffset.UtcNow, _ => { });

    [Fact]
    public async Task SweepAsync_NameServersSilent_FailsInOneLineThenResumesTheOpenRound()
    {
        await using var lab = await SweepQueueLab.StartAsync(postgres);
        var sweeps = lab.Sweeps(rate: 0);
        var closed = new IPEndPoint(IPAddress.Loopback, LoopbackPorts.FreeTcp());
        using var silent = new DnsResolver(new DnsResolverOptions { Servers = [closed], Timeout = TimeSpan.FromMilliseconds(100), Retries = 0 }, TimeProvider.System);
        var deaf = new SweepRunner(silent, sweeps with { NameServers = [closed] }, lab.Pipeline.Database, lab.Pipeline.Context, lab.Pipeline.Rounds);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => deaf.SweepAsync(lab.Pipeline.Organisation, Scheduled, CancellationToken.None));

        Assert.StartsWith("en-marche.fr: the name servers did not answer 50 names in a row (", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
        Assert.False(await lab.Rounds.GetAsync("sweep:en-marche", CancellationToken.None) is { Finished: true }, "a round whose names went unanswered was closed");
        Assert.Empty(await lab.FindingsAsync());

        await lab.Runner(sweeps).SweepAsync(lab.Pipeline.Organisation, Scheduled, CancellationToken.None);

        Assert.True(await lab.Rounds.GetAsync("sweep:en-marche", CancellationToken.None) is { Finished: true });
        Assert.Equal((1L, 1L), (await lab.CountAsync("SELECT COUNT(*) FROM scan_runs"), await lab.CountAsync("SELECT COUNT(*) FROM scan_runs WHERE complete = 1")));
        var found = await lab.FindingsAsync();
        Assert.Equal(lab.Registered.Order(StringComparer.Ordinal), found.Select(f => f.Name));
        Assert.All(found, f => Assert.Equal((1L, 1L), (f.Findings, f.Observations)));
    }
}
