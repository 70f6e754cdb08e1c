using Vigie.Enrichment.Dns;
using Vigie.Storage.CertificateTransparency;
using Vigie.Storage.Database;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Storage.Scans;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Storage.Tests.Migrations;

/// <summary>
/// A database as the commands of the release before the findings left it (schema version 2 and the watch tables
/// that `vigie watch` created itself), written through the same stores those commands use, then upgraded.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class EarlierResultsTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task MigrateAsync_DatabaseOfEarlierCommands_EveryRowFoundAndOldTablesUnchanged(string kind)
    {
        using var folder = new TempFolder();
        await using var database = VigieDatabase.Open(kind == "postgres" ? await postgres.CreateDatabaseAsync() : folder.File("vigie.db"));
        await Migrator.MigrateAsync(database, 2, CancellationToken.None);
        await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
        await using (var create = connection.Command(WatchTables.Sql))
        {
            await create.ExecuteNonQueryAsync();
        }

        var scans = new ScanStore(database);
        var (run1, _) = await scans.StartRunAsync("en-marche.fr", "f", 4, Day1, CancellationToken.None);
        var live = new DnsRecordSet { A = ["192.0.2.7"], Mx = ["10 mx.en-marhe.fr"] };
        await scans.SaveAsync(run1, [
            (new NameState("en-marhe.fr", NameStatus.Registered, NameStatus.Registered, null, live, Day1, Day1, run1.Id), NameChange.New),
            (new NameState("en-marche.xyz", NameStatus.Registered, NameStatus.Registered, null, new DnsRecordSet { Ns = ["ns.x"] }, Day1, Day1, run1.Id), NameChange.New),
            (new NameState("en-march.fr", NameStatus.Unknown, NameStatus.Unknown, "SERVFAIL", DnsRecordSet.Empty, null, null, run1.Id), null),
            (new NameState("en-marche.fr.test", NameStatus.Wildcard, NameStatus.Wildcard, null, DnsRecordSet.Empty, null, null, run1.Id), null),
        ], Day1, CancellationToken.None);
        var (run2, _) = await scans.StartRunAsync("en-marche.fr", "g", 2, Day2, CancellationToken.None);
        await scans.SaveAsync(run2, [
            (new NameState("en-marhe.fr", NameStatus.Registered, NameStatus.Registered, null, live, Day1, Day2, run2.Id), null),
            (new NameState("en-marche.xyz", NameStatus.Unregistered, NameStatus.Unregistered, null, DnsRecordSet.Empty, Day1, Day1, run2.Id), NameChange.Gone),
        ], Day2, CancellationToken.None);
        var evidence = new EvidenceStore(folder.File("evidence"), TimeProvider.System);
        var shot = await evidence.PutAsync("screenshot", "image/png", [1, 2, 3], "http://en-marhe.fr/", CancellationToken.None);
        var manifest = await evidence.SaveManifestAsync(new EvidenceManifest("en-marhe.fr", Day2, new Dictionary<string, string> { ["verdict"] = "phishing" }, [shot]), CancellationToken.None);
        await scans.SaveAssessmentAsync("en-marche.fr", new ScanAssessment("en-marhe.fr", Day1, "parked", 30, null), CancellationToken.None);
        await scans.SaveAssessmentAsync("en-marche.fr", new ScanAssessment("en-marhe.fr", Day2, "phishing", 95, manifest), CancellationToken.None);
        var watch = new WatchStore(database);
        var found = new[]
        {
            new WatchFinding("onedrive-en-marche.fr", "en-marche.fr", "dot-to-hyphen", 90, "the dot was replaced", "ct:Test Log#41", Day1),
            new WatchFinding("macron-login.com", "Macron", "combosquat", 75, "a service word", "nrd:/lists/nrd.txt:12", Day2),
        };
        await watch.SaveBatchAsync(new SourcePosition("ct:TESTLOGID", "Test Log", 42, 50, Day1), [found[0]], CancellationToken.None);
        await watch.SaveBatchAsync(new SourcePosition("nrd:abc", "/lists/nrd.txt", 13, 13, Day2), [found[1]], CancellationToken.None);
        var statesBefore = await scans.LoadStatesAsync("en-marche.fr", CancellationToken.None);

        await Migrator.MigrateAsync(database, CancellationToken.None);

        var store = new FindingsStore(database, TimeProvider.System);
        var organisation = (await store.Organisations.GetBySlugAsync("en-marche.fr", CancellationToken.None))!;
        var other = (await store.Organisations.GetBySlugAsync("watch", CancellationToken.None))!;
        Assert.Equal(["en-marche.fr"], organisation.Domains);
        Assert.Contains("Macron", other.Watchlist, StringComparison.Ordinal);
        var all = await store.Findings.ListAsync(new FindingQuery(Sort: FindingSort.Name, Descending: false), CancellationToken.None);
        Assert.Equal(["en-marche.xyz", "en-marhe.fr", "macron-login.com", "onedrive-en-marche.fr"], all.Items.Select(f => f.Name));
        var typo = all.Items[1];
        Assert.Equal((organisation.Id, Day1, Day2, true, "phishing", 95), (typo.OrganisationId, typo.FirstSeen, typo.LastSeen, typo.Live, typo.Verdict, typo.RiskScore));
        Assert.Equal(shot.Sha256, typo.ScreenshotSha256);
        Assert.True(typo.Score >= 60, $"matched as a typo of en-marche.fr, scored {typo.Score}");
        var timeline = await store.Observations.ListAsync(typo.Id, CancellationToken.None);
        Assert.Equal([(ObservationKind.Verdict, Day1), (ObservationKind.Dns, Day2), (ObservationKind.Verdict, Day2)], timeline.Select(o => (o.Kind, o.ObservedAt)));
        Assert.Equal("registered: A 192.0.2.7, MX 10 mx.en-marhe.fr", timeline[1].Summary);
        Assert.Equal([shot], timeline[2].Evidence);
        Assert.Contains(manifest, timeline[2].Payload.Replace("\\/", "/", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal((false, Day1), (all.Items[0].Live, all.Items[0].LastSeen));
        var ct = all.Items[3];
        Assert.Equal((organisation.Id, 90, "dot-to-hyphen", Day1), (ct.OrganisationId, ct.Score, ct.Techniques[0], ct.FirstSeen));
        Assert.Equal([new FindingSource(SourceKind.Ct, "TESTLOGID#41", Day1)], await store.Findings.SourcesAsync(ct.Id, CancellationToken.None));
        var nrd = all.Items[2];
        Assert.Equal((other.Id, "Macron"), (nrd.OrganisationId, nrd.Target));
        Assert.Equal([new FindingSource(SourceKind.Nrd, "/lists/nrd.txt:12", Day2)], await store.Findings.SourcesAsync(nrd.Id, CancellationToken.None));
        var sources = await store.Sources.ListAsync(CancellationToken.None);
        Assert.Equal([("ct:TESTLOGID", SourceKind.Ct, 42L, 50L), ("nrd:abc", SourceKind.Nrd, 13L, 13L)], sources.Select(s => (s.SourceId, s.Kind, s.Position, s.Size)));
        var statesAfter = await scans.LoadStatesAsync("en-marche.fr", CancellationToken.None);
        Assert.Equal(statesBefore.Keys.Order(), statesAfter.Keys.Order());
        Assert.Equal(2, (await scans.LoadAssessmentsAsync("en-marche.fr", "en-marhe.fr", CancellationToken.None)).Count);
        Assert.Equal(found, await watch.LoadFindingsAsync(CancellationToken.None));
        Assert.Equal(42, (await watch.LoadPositionsAsync(CancellationToken.None))["ct:TESTLOGID"].Next);
    }
}
