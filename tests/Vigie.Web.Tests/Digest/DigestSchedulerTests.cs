using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Vigie.Mail;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Digests;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.TestSupport;
using Vigie.Web.Digest;
using Vigie.Web.Hosting;

namespace Vigie.Web.Tests.Digest;

/// <summary>
/// The schedule of `vigie serve` on a fake clock (FakeTimeProvider): the default Monday 08:00 in the organisation's
/// time zone (Europe/Paris, 07:00 UTC in November), sent once; one missed while the server was down, caught up once.
/// </summary>
public sealed class DigestSchedulerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset MondayEightInParis = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly RecordingSender sender = new();
    private VigieDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = VigieDatabase.Open(folder.File("vigie.db"));
        await Migrator.MigrateAsync(database, CancellationToken.None);
        var store = new FindingsStore(database, TimeProvider.System);
        var organisation = await store.Organisations.CreateAsync(new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", "domains:\n  - en-marche.fr\n"), CancellationToken.None);
        await store.Findings.RecordAsync(
            [new(organisation.Id, "en-rnarche.fr", "en-marche.fr", ["homoglyph"], 92, "rn for m", SourceKind.Sweep, "sweep", MondayEightInParis.AddDays(-3), true)],
            CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task ExecuteAsync_MondayEightInTheOrganisationsZone_SendsOnceAtThatTime()
    {
        var time = new FakeTimeProvider(MondayEightInParis.AddMinutes(-30));
        await using (var scheduler = await StartAsync(time))
        {
            await scheduler.AdvanceAsync(TimeSpan.FromMinutes(29));
            Assert.Empty(sender.Messages);

            await scheduler.AdvanceAsync(TimeSpan.FromMinutes(2), () => sender.Messages.Count > 0);
            await scheduler.AdvanceAsync(TimeSpan.FromHours(1));
        }

        var message = Assert.Single(sender.Messages);
        Assert.InRange(message.Date, MondayEightInParis, MondayEightInParis.AddMinutes(5));
        Assert.Equal(MondayEightInParis, await new DigestRunRepository(database, TimeProvider.System).LastAsync(1, CancellationToken.None));
        Assert.Equal("team@en-marche.fr", message.To.Mailboxes.Single().Address);
        // The seven days before the run: Monday 08:00 to Monday 08:00, so each finding is in exactly one scheduled digest.
        Assert.StartsWith("En Marche: fake addresses found from November 16 to November 23", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_MondayMissedWhileDown_CaughtUpOnceAcrossRestarts()
    {
        // Sunday evening: the schedule starts (nothing sent: its last Monday went before it existed), then the machine is off.
        await using (var sunday = await StartAsync(new FakeTimeProvider(MondayEightInParis.AddHours(-11))))
        {
            await sunday.AdvanceAsync(TimeSpan.FromMinutes(10));
        }

        Assert.Empty(sender.Messages);

        // Back on Monday 10:30 in Paris: the 08:00 digest goes now, once.
        await using (var late = await StartAsync(new FakeTimeProvider(MondayEightInParis.AddHours(2.5))))
        {
            await late.AdvanceAsync(TimeSpan.FromMinutes(10), () => sender.Messages.Count > 0);
        }

        // Restarted again the same morning: already sent, not sent twice.
        await using (var again = await StartAsync(new FakeTimeProvider(MondayEightInParis.AddHours(3))))
        {
            await again.AdvanceAsync(TimeSpan.FromMinutes(10));
        }

        var message = Assert.Single(sender.Messages);
        // The seven days before the run: Monday 08:00 to Monday 08:00, so each finding is in exactly one scheduled digest.
        Assert.StartsWith("En Marche: fake addresses found from November 16 to November 23", message.Subject, StringComparison.Ordinal);
        Assert.Equal(MondayEightInParis, await new DigestRunRepository(database, TimeProvider.System).LastAsync(1, CancellationToken.None));
    }

    private async Task<RunningScheduler> StartAsync(FakeTimeProvider time)
    {
        var store = new FindingsStore(database, time);
        var settings = new DigestSettings { States = [TriageState.New], Organisations = new Dictionary<string, DigestRecipients> { ["en-marche"] = new(["team@en-marche.fr"], null, null, null) } };
        var smtp = new SmtpSettings("127.0.0.1", 25, SmtpSecurity.None, null, null, new MailboxAddress("Vigie", "vigie@en-marche.fr"));
        var service = new DigestService(new DigestLoader(store.Findings, store.Observations, new EvidenceStore(folder.File("evidence"), time)), settings, smtp, null, time);
        var scheduler = new DigestScheduler(service, store.Organisations, new DigestRunRepository(database, time), sender, new WorkerStatusRegistry(), NullLogger.Instance);
        await scheduler.StartAsync(CancellationToken.None);
        return new RunningScheduler(scheduler, time);
    }

    /// <summary>A scheduler running on a fake clock, moved a minute at a time so that each of its waits comes due.</summary>
    private sealed class RunningScheduler(DigestScheduler scheduler, FakeTimeProvider time) : IAsyncDisposable
    {
        public async Task AdvanceAsync(TimeSpan by, Func<bool>? until = null)
        {
            var end = time.GetUtcNow() + by;
            while (time.GetUtcNow() < end && until?.Invoke() != true)
            {
                time.Advance(TimeSpan.FromMinutes(1));
                // Real time for the scheduler to read the store and wait again before the clock moves on.
                await Task.Delay(30);
            }

            if (until is not null)
            {
                await Poll.UntilAsync(until, TimeSpan.FromSeconds(20));
            }
        }

        public async ValueTask DisposeAsync()
        {
            await scheduler.StopAsync(CancellationToken.None);
            scheduler.Dispose();
        }
    }

    private sealed class RecordingSender : IMailSender
    {
        public List<MimeMessage> Messages { get; } = [];

        public Task<MailReport> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
        {
            lock (Messages)
            {
                Messages.AddRange(messages);
            }

            return Task.FromResult(new MailReport([.. messages.Select(m => new MailDelivery(m.To.Mailboxes.Single().Address, true, 1, null))]));
        }
    }
}
