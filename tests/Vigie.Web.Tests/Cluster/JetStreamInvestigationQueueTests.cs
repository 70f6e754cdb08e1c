using Vigie.Storage.Investigations;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;
using Vigie.Web.Cluster;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Cluster;

/// <summary>
/// Namesakes over JetStream, against a real nats-server and PostgreSQL: a name filed in two organisations travels as one
/// message, and the worker that takes it claims every namesake's job, as the single machine's queue does; a worker
/// killed before committing has the whole group redone under its first start time, and a worker killed after committing
/// has its redelivered copy acknowledged without a second investigation.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class JetStreamInvestigationQueueTests(PostgresServer postgres)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ClaimNamesakesAsync_SameNameInTwoOrganisations_OneWorkerClaimsBothUnderOneStartTime()
    {
        await using var lab = await QueueLab.StartAsync(postgres);
        var first = await lab.FindingAsync(lab.First, "en-marche-connexion.fr");
        var second = await lab.FindingAsync(lab.Second, "en-marche-connexion.fr");
        var other = await lab.FindingAsync(lab.First, "enmarche-dons.fr");
        var (one, two) = (lab.Worker(), lab.Worker());
        await one.EnqueueAsync([first, other, second], CancellationToken.None);

        var groups = new List<(JetStreamInvestigationQueue Queue, IReadOnlyList<InvestigationJob> Group)>();
        foreach (var queue in new[] { one, two })
        {
            var job = await queue.ClaimAsync(Lease, CancellationToken.None);
            Assert.NotNull(job);
            groups.Add((queue, await queue.ClaimNamesakesAsync(job, Lease, CancellationToken.None)));
        }

        var namesakes = groups.Single(g => g.Group.Count == 2).Group;
        Assert.Equal([first.FindingId, second.FindingId], namesakes.Select(j => j.FindingId).Order());
        Assert.Single(namesakes.Select(j => j.StartedAt).Distinct());
        Assert.Equal([other.FindingId], groups.Single(g => g.Group.Count == 1).Group.Select(j => j.FindingId));
        foreach (var (queue, group) in groups)
        {
            foreach (var job in group)
            {
                await queue.CompleteAsync(job, CancellationToken.None);
            }
        }

        Assert.Null(await one.ClaimAsync(Lease, CancellationToken.None));
        Assert.Equal(0, await one.CountAsync(CancellationToken.None));
        Assert.Equal(0, await lab.CountAsync("SELECT COUNT(*) FROM investigation_jobs"));
    }

    [Fact]
    public async Task ClaimAsync_WorkerKilledBeforeCommitting_TheWholeGroupRedoneUnderItsFirstStartTime()
    {
        await using var lab = await QueueLab.StartAsync(postgres);
        var (first, second, killed, survivor, cut) = await NamesakesClaimedAsync(lab);

        await lab.KillAsync(killed);
        InvestigationJob? again = null;
        await Poll.UntilAsync(async () => (again = await survivor.ClaimAsync(Lease, CancellationToken.None)) is not null, TimeSpan.FromSeconds(30));
        var redone = await survivor.ClaimNamesakesAsync(again!, Lease, CancellationToken.None);

        Assert.Equal(2, cut.Count);
        Assert.Equal([first.FindingId, second.FindingId], redone.Select(j => j.FindingId).Order());
        Assert.All(redone, j => Assert.Equal(cut[0].StartedAt, j.StartedAt));
    }

    [Fact]
    public async Task ClaimAsync_WorkerKilledAfterCommitting_RedeliveredCopyAcknowledgedNotRedone()
    {
        await using var lab = await QueueLab.StartAsync(postgres);
        var (_, _, killed, survivor, group) = await NamesakesClaimedAsync(lab);

        // The results of both namesakes are committed; the worker dies before removing the rows and acknowledging.
        foreach (var job in group)
        {
            await lab.SaveVerdictAsync(job.FindingId);
        }

        await lab.KillAsync(killed);
        var claimed = new List<InvestigationJob>();
        await Poll.UntilAsync(async () =>
        {
            if (await survivor.ClaimAsync(Lease, CancellationToken.None) is { } job)
            {
                claimed.Add(job);
            }

            return await survivor.CountAsync(CancellationToken.None) == 0;
        }, TimeSpan.FromSeconds(30));

        Assert.Equal(2, group.Count);
        Assert.Empty(claimed);
        Assert.Equal(0, await lab.CountAsync("SELECT COUNT(*) FROM investigation_jobs"));
    }

    /// <summary>A name in both organisations, queued; one worker (the one to kill) has claimed its group; the other waits.</summary>
    private static async Task<(InvestigationRequest First, InvestigationRequest Second, JetStreamInvestigationQueue Killed, JetStreamInvestigationQueue Survivor,
        IReadOnlyList<InvestigationJob> Group)> NamesakesClaimedAsync(QueueLab lab)
    {
        var first = await lab.FindingAsync(lab.First, "en-marche-connexion.fr");
        var second = await lab.FindingAsync(lab.Second, "en-marche-connexion.fr");
        var (killed, survivor) = (lab.Worker(), lab.Worker());
        await killed.EnqueueAsync([first, second], CancellationToken.None);
        var group = await killed.ClaimNamesakesAsync((await killed.ClaimAsync(Lease, CancellationToken.None))!, Lease, CancellationToken.None);
        return (first, second, killed, survivor, group);
    }
}
