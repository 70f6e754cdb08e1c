using Vigie.Enrichment.Dns;
using Vigie.Storage.Scans;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Storage.Tests.Scans;

[Collection(PostgresCollection.Name)]
public sealed class ScanStoreTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task SaveAsync_StatesAndChanges_ReadBackEqual(string kind)
    {
        using var folder = new TempFolder();
        await using var database = await TestDatabases.OpenAsync(kind, postgres, folder);
        var store = new ScanStore(database);
        var (run, resumed) = await store.StartRunAsync("en-marche.fr", "f1", 2, Now, CancellationToken.None);
        var records = new DnsRecordSet { Ns = ["ns1.lab.test"], A = ["127.0.1.1"], Mx = ["10 mx.lab.test"], Spf = ["v=spf1 -all"] };
        var registered = new NameState("en-marhe.fr", NameStatus.Registered, NameStatus.Registered, null, records, Now, Now, run.Id);
        var failing = new NameState("en-march.fr", NameStatus.Unknown, NameStatus.Unknown, "SERVFAIL", DnsRecordSet.Empty, null, null, run.Id);

        await store.SaveAsync(run, [(registered, NameChange.New), (failing, null)], Now, CancellationToken.None);

        Assert.False(resumed);
        var states = await store.LoadStatesAsync("en-marche.fr", CancellationToken.None);
        Assert.Equal(registered, states["en-marhe.fr"] with { Records = registered.Records });
        Assert.True(records.SameAs(states["en-marhe.fr"].Records));
        Assert.Equal(failing, states["en-march.fr"] with { Records = failing.Records });
        Assert.Equal(new Dictionary<string, NameChange> { ["en-marhe.fr"] = NameChange.New }, await store.LoadChangesAsync(run, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task StartRunAsync_LastRunIncompleteSameNames_Resumed(string kind)
    {
        using var folder = new TempFolder();
        await using var database = await TestDatabases.OpenAsync(kind, postgres, folder);
        var store = new ScanStore(database);
        var (killed, _) = await store.StartRunAsync("en-marche.fr", "f1", 10, Now, CancellationToken.None);

        var (next, resumed) = await store.StartRunAsync("en-marche.fr", "f1", 10, Now.AddMinutes(1), CancellationToken.None);
        await store.CompleteRunAsync(next, Now.AddMinutes(2), CancellationToken.None);
        var (after, resumedAgain) = await store.StartRunAsync("en-marche.fr", "f1", 10, Now.AddMinutes(3), CancellationToken.None);
        var (other, resumedOther) = await store.StartRunAsync("en-marche.fr", "f2", 12, Now.AddMinutes(4), CancellationToken.None);

        Assert.True(resumed);
        Assert.Equal(killed.Id, next.Id);
        Assert.False(resumedAgain);
        Assert.NotEqual(killed.Id, after.Id);
        Assert.False(resumedOther);
        var runs = await store.LoadRunsAsync("en-marche.fr", CancellationToken.None);
        Assert.Equal([true, false, false], runs.Select(r => r.Complete));
        Assert.Equal(other.Id, runs[^1].Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task SaveAssessmentAsync_TwoInvestigations_ReadBackOldestFirst(string kind)
    {
        using var folder = new TempFolder();
        await using var database = await TestDatabases.OpenAsync(kind, postgres, folder);
        var store = new ScanStore(database);
        var later = new ScanAssessment("en-rnarche.fr", Now.AddDays(1), "phishing", 92, "/evidence/investigations/en-rnarche.fr/2.json");
        var first = new ScanAssessment("en-rnarche.fr", Now, "parked", 35, null);

        await store.SaveAssessmentAsync("en-marche.fr", later, CancellationToken.None);
        await store.SaveAssessmentAsync("en-marche.fr", first, CancellationToken.None);
        await store.SaveAssessmentAsync("other.fr", first, CancellationToken.None);

        Assert.Equal([first, later], await store.LoadAssessmentsAsync("en-marche.fr", "en-rnarche.fr", CancellationToken.None));
        Assert.Empty(await store.LoadAssessmentsAsync("en-marche.fr", "en-marche.com", CancellationToken.None));
    }
}
