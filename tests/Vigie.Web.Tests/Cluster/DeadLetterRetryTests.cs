using Vigie.Storage.Investigations;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;
using Vigie.Web.Cluster;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Cluster;

/// <summary>
/// The dead letters' "retry", against a real nats-server and PostgreSQL: a job given up after its last attempt is
/// published again, claimed by a worker from its first attempt, and its letter is gone (a second retry finds nothing).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DeadLetterRetryTests(PostgresServer postgres)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RetryAsync_JobGivenUp_ClaimedAgainFromItsFirstAttempt()
    {
        await using var lab = await QueueLab.StartAsync(postgres);
        var finding = await lab.FindingAsync(lab.First, "en-marche-connexion.fr");
        var worker = lab.Worker();
        await worker.EnqueueAsync([finding], CancellationToken.None);
        for (var attempt = 0; attempt < lab.Settings.MaxDeliver; attempt++)
        {
            InvestigationJob? job = null;
            await Poll.UntilAsync(async () => (job = await worker.ClaimAsync(Lease, CancellationToken.None)) is not null, TimeSpan.FromSeconds(30));
            await worker.RetryAsync(job!, "the page crashed", DateTimeOffset.UtcNow, CancellationToken.None);
        }

        var js = lab.JetStream();
        var letter = Assert.Single(await new JetStreamDeadLetters(js).ListAsync(CancellationToken.None));
        var retried = await new DeadLetterRetry(js, lab.Database, TimeProvider.System).RetryAsync(letter.Sequence, CancellationToken.None);
        InvestigationJob? again = null;
        await Poll.UntilAsync(async () => (again = await worker.ClaimAsync(Lease, CancellationToken.None)) is not null, TimeSpan.FromSeconds(30));

        Assert.Equal(("en-marche-connexion.fr", 2), (letter.Name, letter.Deliveries));
        Assert.NotNull(retried);
        Assert.Equal((finding.FindingId, 1), (again!.FindingId, again.Attempt));
        Assert.Empty(await new JetStreamDeadLetters(js).ListAsync(CancellationToken.None));
        Assert.Null(await new DeadLetterRetry(js, lab.Database, TimeProvider.System).RetryAsync(letter.Sequence, CancellationToken.None));
    }
}
