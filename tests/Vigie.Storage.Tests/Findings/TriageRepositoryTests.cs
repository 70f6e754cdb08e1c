using Vigie.Storage.Findings;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;

namespace Vigie.Storage.Tests.Findings;

[Collection(PostgresCollection.Name)]
public sealed class TriageRepositoryTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task ChangeStateAsync_TwoChanges_StateMovesAndHistoryInOrder(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var user = await fixture.Store.Users.CreateAsync("alice", "hash", UserRole.Analyst, null, CancellationToken.None);
        var id = (await fixture.Store.Findings.RecordAsync(
            [new FindingReport(fixture.Organisation.Id, "en-marhe.fr", "en-marche.fr", ["omission"], 80, "e", SourceKind.Sweep, "s", StoreFixture.Start)], CancellationToken.None))[0].FindingId;
        var triage = fixture.Store.Triage;

        var looking = await triage.ChangeStateAsync(id, TriageState.Investigating, new Actor("alice", user.Id), "  on it ", CancellationToken.None);
        var confirmed = await triage.ChangeStateAsync(id, TriageState.ConfirmedPhishing, new Actor("vigie scan"), "clone of the login page", CancellationToken.None);
        var missing = await triage.ChangeStateAsync(id + 100, TriageState.Benign, new Actor("alice", user.Id), "", CancellationToken.None);

        Assert.Null(missing);
        Assert.Equal((TriageState.New, TriageState.Investigating, "on it", (long?)user.Id), (looking!.From, looking.To, looking.Comment, looking.UserId));
        Assert.NotNull(confirmed);
        Assert.Equal(new[] { looking, confirmed }, await triage.HistoryAsync(id, CancellationToken.None));
        var finding = (await fixture.Store.Findings.GetAsync(id, CancellationToken.None))!;
        Assert.Equal((TriageState.ConfirmedPhishing, confirmed.ChangedAt), (finding.State, finding.StateChangedAt));
        var listed = await fixture.Store.Findings.ListAsync(new FindingQuery(States: [TriageState.ConfirmedPhishing, TriageState.Benign]), CancellationToken.None);
        Assert.Equal(id, Assert.Single(listed.Items).Id);
    }
}
