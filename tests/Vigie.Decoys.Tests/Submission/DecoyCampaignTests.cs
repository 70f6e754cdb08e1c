using System.Diagnostics;
using Vigie.Decoys.Detection;
using Vigie.Decoys.Generation;
using Vigie.Decoys.Submission;
using Vigie.Decoys.Tests.Support;
using Vigie.Storage.Findings;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;
using Vigie.TestSupport.Storage;

namespace Vigie.Decoys.Tests.Submission;

/// <summary>The must-show of issue 13: two local phishing kits fed decoys, the attacker's tries caught in every log format.</summary>
[Collection(DecoyCollection.Name)]
public sealed class DecoyCampaignTests(PostgresServer postgres)
{
    private static readonly SubmissionSettings Lab = new() { Count = 2, Spacing = TimeSpan.FromMilliseconds(20), MaxPerHour = 0, AllowLoopback = true };

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task RunAsync_TwoKitsThenAttackerInEveryFormat_EachAlertNamesItsFindingAndPageAndNoPasswordLeaks(string database)
    {
        await using var store = await OrganisationStore.OpenAsync(database == "postgres" ? await postgres.CreateDatabaseAsync() : null);
        await using var oneStep = await PhishingKit.StartAsync(twoStep: false);
        await using var twoStep = await PhishingKit.StartAsync(twoStep: true);
        var securite = await store.ConfirmedFindingAsync("en-marche-securite.fr");
        var onedrive = await store.ConfirmedFindingAsync("onedrive-en-marche.fr");
        var submitter = new DecoySubmitter(store.Store.Decoys, store.Store.Findings, Lab, TimeProvider.System);
        var output = new List<string>();
        Task Print(SubmissionResult r)
        {
            output.Add($"{r.Username}: {r.Status}");
            return Task.CompletedTask;
        }

        var toOneStep = await submitter.RunAsync(new SubmissionPlan(securite, oneStep.Page, "en-marche.fr", 2, false, "alice"), AddressPattern.Default, Print, CancellationToken.None);
        var toTwoStep = await submitter.RunAsync(new SubmissionPlan(onedrive, twoStep.Page, "en-marche.fr", 2, false, "alice"), AddressPattern.Parse("f.last"), Print, CancellationToken.None);

        Assert.All(toOneStep.Concat(toTwoStep), r => Assert.Null(r.Error));
        Assert.Equal(toOneStep.Select(r => r.Username), oneStep.Harvest.Select(h => h.Email));
        Assert.Equal(toTwoStep.Select(r => r.Username), twoStep.Harvest.Select(h => h.Email));
        Assert.Equal(["GET /", "POST /common/login", "GET /common/password", "POST /common/password"], twoStep.Requests.Take(4));
        Assert.DoesNotContain("GET /done", oneStep.Requests.Concat(twoStep.Requests));
        var passwords = oneStep.Harvest.Concat(twoStep.Harvest).Select(h => h.Password).ToList();
        Assert.All(passwords, p => Assert.True(p.Length >= 8));

        var attempts = oneStep.Harvest.Select((h, i) => (h.Email, "203.0.113.10", DateTimeOffset.UtcNow.AddMinutes(-10 + i)))
            .Concat(twoStep.Harvest.Select((h, i) => (h.Email, "198.51.100.20", DateTimeOffset.UtcNow.AddMinutes(-5 + i)))).ToList();
        var recorder = new DecoyUseRecorder(store.Store.Decoys, store.Store.Findings, TimeProvider.System);
        var index = new DecoyIndex(await store.Store.Decoys.ListAsync(null, CancellationToken.None));
        var alerts = new List<DecoyAlert>();
        foreach (var format in Enum.GetValues<LogFormat>())
        {
            var path = AttackerReplay.Write(format, store.Folder, attempts);
            using var follower = new LogFollower(path, () => SignInParsers.Create(format, AttackerReplay.Mapping(format), null, TimeProvider.System), $"{LogFormats.Name(format)}:{path}");
            var found = await recorder.RecordAsync(follower.ReadAvailable(index), CancellationToken.None);

            Assert.True(found.Count == 4, $"{format}: {found.Count} alerts");
            foreach (var alert in found)
            {
                var toSecurite = oneStep.Harvest.Any(h => h.Email == alert.Decoy.Username);
                Assert.Equal(toSecurite ? securite : onedrive, alert.Decoy.FindingId);
                Assert.Equal((toSecurite ? oneStep.Page : twoStep.Page).ToString(), alert.Decoy.Page);
                Assert.Equal(toSecurite ? "203.0.113.10" : "198.51.100.20", alert.Event.SourceAddress);
                Assert.Contains(toSecurite ? "en-marche-securite.fr" : "onedrive-en-marche.fr", alert.Line, StringComparison.Ordinal);
                Assert.Contains(alert.Decoy.Page!, alert.Line, StringComparison.Ordinal);
                Assert.NotEqual("success", alert.Event.Outcome);
                if (format is not (LogFormat.Google or LogFormat.Syslog))
                {
                    Assert.Equal(AttackerReplay.AttackerUserAgent, alert.Event.UserAgent);
                }
            }

            alerts.AddRange(found);
            Assert.Empty(await recorder.RecordAsync(new LogFollower(path, () => SignInParsers.Create(format, AttackerReplay.Mapping(format), null, TimeProvider.System), "again").ReadAvailable(index), CancellationToken.None));
        }

        var timeline = await store.Store.Observations.ListAsync(securite, CancellationToken.None);
        Assert.Equal(2, timeline.Count(o => o.Kind == ObservationKind.DecoySubmission));
        Assert.Equal(2 * Enum.GetValues<LogFormat>().Length, timeline.Count(o => o.Kind == ObservationKind.DecoyUse));
        Assert.DoesNotContain(timeline, o => o.Kind == ObservationKind.DecoyUse && o.Summary.Contains("onedrive", StringComparison.Ordinal));

        var (tables, stored) = await DatabaseText.ReadAllAsync(store.Database);
        Assert.Contains("decoy_uses", tables);
        Assert.Contains(stored, t => t.Contains("pbkdf2-sha256$", StringComparison.Ordinal));
        var everything = output.Concat(alerts.Select(a => a.Line)).Concat(toOneStep.Concat(toTwoStep).Select(r => DecoySubmitter.Payload(r, "alice")))
            .Concat(Directory.EnumerateFiles(store.Folder, "*.log").Select(File.ReadAllText)).Concat(stored).ToList();
        Assert.Contains(everything, t => t.Contains(SubmissionStep.Masked, StringComparison.Ordinal));
        foreach (var password in passwords)
        {
            Assert.DoesNotContain(everything, t => t.Contains(password, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task RunAsync_DryRun_KitReceivesNoPostAndNothingIsStored()
    {
        await using var store = await OrganisationStore.OpenAsync();
        await using var kit = await PhishingKit.StartAsync(twoStep: false);
        var finding = await store.ConfirmedFindingAsync("en-marche-securite.fr");
        var submitter = new DecoySubmitter(store.Store.Decoys, store.Store.Findings, Lab, TimeProvider.System);

        var results = await submitter.RunAsync(new SubmissionPlan(finding, kit.Page, "en-marche.fr", 3, true, "alice"), AddressPattern.Default, _ => Task.CompletedTask, CancellationToken.None);

        Assert.Equal(3, results.Count);
        Assert.Empty(kit.Harvest);
        Assert.All(kit.Requests, r => Assert.Equal("GET /", r));
        var post = Assert.Single(results[0].Steps, s => s.Method == "POST");
        Assert.Null(post.Status);
        Assert.Equal(new Uri(kit.Page, "/next.php").ToString(), post.Url);
        Assert.Equal(["token", "login", "pass", "remember", "go"], post.Fields.Select(f => f.Key));
        Assert.Equal((results[0].Username, SubmissionStep.Masked, "k1t"), (post.Fields[1].Value, post.Fields[2].Value, post.Fields[0].Value));
        Assert.Equal("dry run: nothing sent", results[0].Status);
        Assert.Empty(await store.Store.Decoys.ListAsync(null, CancellationToken.None));
        Assert.Empty(await store.Store.Observations.ListAsync(finding, CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_KillSwitchDuringAPost_StopsWithinASecond()
    {
        await using var store = await OrganisationStore.OpenAsync();
        await using var kit = await PhishingKit.StartAsync(twoStep: false);
        kit.Delay = TimeSpan.FromSeconds(30);
        var finding = await store.ConfirmedFindingAsync("en-marche-securite.fr");
        var kill = new KillSwitch();
        var submitter = new DecoySubmitter(store.Store.Decoys, store.Store.Findings, Lab, TimeProvider.System);
        var run = submitter.RunAsync(new SubmissionPlan(finding, kit.Page, "en-marche.fr", 5, false, "alice"), AddressPattern.Default, _ => Task.CompletedTask, kill.Token);
        await Poll.UntilAsync(() => kit.Requests.Contains("POST /next.php"), TimeSpan.FromSeconds(20));

        var clock = Stopwatch.StartNew();
        kill.Trip();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"stopped after {clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.Empty(kit.Harvest);
        Assert.False(kill.Token.IsCancellationRequested);
    }

    [Fact]
    public async Task RunAsync_FindingNotConfirmed_RefusedBeforeAnyRequest()
    {
        await using var store = await OrganisationStore.OpenAsync();
        await using var kit = await PhishingKit.StartAsync(twoStep: false);
        var finding = await store.ConfirmedFindingAsync("en-marche-securite.fr", TriageState.Investigating);
        var submitter = new DecoySubmitter(store.Store.Decoys, store.Store.Findings, Lab, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => submitter.RunAsync(new SubmissionPlan(finding, kit.Page, "en-marche.fr", 1, false, "alice"), AddressPattern.Default, _ => Task.CompletedTask, CancellationToken.None));

        Assert.Contains("not confirmed as phishing", error.Message, StringComparison.Ordinal);
        Assert.Empty(kit.Requests);
    }

    [Fact]
    public async Task RunAsync_LoopbackNotAllowed_RefusedWithoutContactingTheKit()
    {
        await using var store = await OrganisationStore.OpenAsync();
        await using var kit = await PhishingKit.StartAsync(twoStep: false);
        var finding = await store.ConfirmedFindingAsync("en-marche-securite.fr");
        var submitter = new DecoySubmitter(store.Store.Decoys, store.Store.Findings, Lab with { AllowLoopback = false }, TimeProvider.System);

        var result = Assert.Single(await submitter.RunAsync(new SubmissionPlan(finding, kit.Page, "en-marche.fr", 1, false, "alice"), AddressPattern.Default, _ => Task.CompletedTask, CancellationToken.None));

        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
        Assert.Empty(kit.Requests);
    }
}
