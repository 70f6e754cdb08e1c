using Vigie.Storage.Findings;
using Vigie.Storage.Investigations;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Storage.Tests.Investigations;

[Collection(PostgresCollection.Name)]
public sealed class DatabaseInvestigationQueueTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = StoreFixture.Start;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ClaimAsync_WorkerDiesWithoutCompleting_ClaimedAgainAfterLeaseWithSameStartTime(string kind)
    {
        var (fixture, clock, queue, id) = await QueuedAsync(kind);
        await using var owned = fixture;

        var first = await queue.ClaimAsync(Lease, CancellationToken.None);
        var whileClaimed = await queue.ClaimAsync(Lease, CancellationToken.None);
        clock.Now = Now.AddSeconds(31);
        var again = await queue.ClaimAsync(Lease, CancellationToken.None);

        Assert.Equal(new InvestigationJob(id, "new", 1, Now), first);
        Assert.Null(whileClaimed);
        Assert.Equal(new InvestigationJob(id, "new", 2, Now), again);
        await queue.CompleteAsync(again!, CancellationToken.None);
        Assert.Equal(0, await queue.CountAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task RenewAsync_WhileWorking_NotClaimedByAnother(string kind)
    {
        var (fixture, clock, queue, _) = await QueuedAsync(kind);
        await using var owned = fixture;
        var job = (await queue.ClaimAsync(Lease, CancellationToken.None))!;

        clock.Now = Now.AddSeconds(20);
        await queue.RenewAsync(job, Lease, CancellationToken.None);
        clock.Now = Now.AddSeconds(40);

        Assert.Null(await queue.ClaimAsync(Lease, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task EnqueueAsync_SameFindingTwice_OneJobDueAtTheEarlierTime(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var clock = new ManualClock(Now);
        var queue = new DatabaseInvestigationQueue(fixture.Database, clock);
        var id = await FindingAsync(fixture, "en-marhe.fr", 90);

        await queue.EnqueueAsync([new InvestigationRequest(id, "re-check", Now.AddHours(1))], CancellationToken.None);
        await queue.EnqueueAsync([new InvestigationRequest(id, "DNS changed", Now.AddMinutes(5))], CancellationToken.None);
        await queue.EnqueueAsync([new InvestigationRequest(id, "later", Now.AddHours(2))], CancellationToken.None);

        Assert.Equal(1, await queue.CountAsync(CancellationToken.None));
        Assert.Null(await queue.ClaimAsync(Lease, CancellationToken.None));
        clock.Now = Now.AddMinutes(5);
        Assert.Equal("DNS changed", (await queue.ClaimAsync(Lease, CancellationToken.None))?.Reason);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task RetryAsync_FailedAttempt_WaitsThenStartsAfresh(string kind)
    {
        var (fixture, clock, queue, id) = await QueuedAsync(kind);
        await using var owned = fixture;
        var job = (await queue.ClaimAsync(Lease, CancellationToken.None))!;

        await queue.RetryAsync(job, "browser error", Now.AddMinutes(1), CancellationToken.None);
        var early = await queue.ClaimAsync(Lease, CancellationToken.None);
        clock.Now = Now.AddMinutes(1);
        var retried = await queue.ClaimAsync(Lease, CancellationToken.None);

        Assert.Null(early);
        Assert.Equal(new InvestigationJob(id, "new", 2, Now.AddMinutes(1)), retried);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ListAsync_Candidates_NewAboveScoreThenStaleLiveOnes(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var queue = new DatabaseInvestigationQueue(fixture.Database, new ManualClock(Now));
        var fresh = await FindingAsync(fixture, "en-marhe.fr", 90);
        await FindingAsync(fixture, "en-marc.fr", 50);
        var stale = await FindingAsync(fixture, "en-mrche.fr", 80);
        var recent = await FindingAsync(fixture, "en-marce.fr", 80);
        var queued = await FindingAsync(fixture, "en-march.fr", 95);
        await fixture.Store.Observations.AddAsync(stale, Verdict(Now.AddDays(-2)), CancellationToken.None);
        await fixture.Store.Observations.AddAsync(recent, Verdict(Now.AddHours(-2)), CancellationToken.None);
        await queue.EnqueueAsync([new InvestigationRequest(queued, "new", Now)], CancellationToken.None);

        var due = await new InvestigationCandidates(fixture.Database).ListAsync(70, Now.AddDays(-1), Now, 100, CancellationToken.None);

        Assert.Equal([new InvestigationRequest(fresh, "new", Now), new InvestigationRequest(stale, "re-check", Now)], due);
    }

    /// <summary>A fresh store with one finding queued as new, and the queue over it on a clock standing at <see cref="Now"/>.</summary>
    private async Task<(StoreFixture Fixture, ManualClock Clock, DatabaseInvestigationQueue Queue, long FindingId)> QueuedAsync(string kind)
    {
        var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var clock = new ManualClock(Now);
        var queue = new DatabaseInvestigationQueue(fixture.Database, clock);
        var id = await FindingAsync(fixture, "en-marhe.fr", 90);
        await queue.EnqueueAsync([new InvestigationRequest(id, "new", Now)], CancellationToken.None);
        return (fixture, clock, queue, id);
    }

    private static ObservationDraft Verdict(DateTimeOffset at) => new(ObservationKind.Verdict, at, "parked", "{}", [], new FindingVerdict("parked", 10));

    private static async Task<long> FindingAsync(StoreFixture fixture, string name, int score) =>
        (await fixture.Store.Findings.RecordAsync(
            [new FindingReport(fixture.Organisation.Id, name, "en-marche.fr", ["omission"], score, "e", SourceKind.Sweep, "s", Now.AddDays(-3), true)], CancellationToken.None))[0].FindingId;
}
