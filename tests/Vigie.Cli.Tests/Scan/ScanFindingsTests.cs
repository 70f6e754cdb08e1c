using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;

namespace Vigie.Cli.Tests.Scan;

/// <summary>`vigie scan` files what it finds in the findings store: a finding per registered name, its DNS changes as observations.</summary>
public sealed class ScanFindingsTests
{
    [Fact]
    public async Task Scan_TwoRunsNameGone_FindingPerRegisteredNameAndGoneNotLive()
    {
        await using var lab = await ScanLab.StartAsync();
        var first = await VigieAppTests.RunAsync(lab.Args("--format", "csv"));
        var gone = lab.Zone.Registered.Keys.First(n => lab.Names.Contains(n) && n.EndsWith(".fr", StringComparison.Ordinal));
        lab.Zone.Registered.Remove(gone);
        await lab.Server.ServeAsync(lab.Zone);

        var second = await VigieAppTests.RunAsync(lab.Args("--format", "csv"));

        Assert.True(first.Code == ExitCodes.Success, first.Stderr);
        Assert.True(second.Code == ExitCodes.Success, second.Stderr);
        await using var database = VigieDatabase.Open(lab.Database);
        var store = new FindingsStore(database, TimeProvider.System);
        var organisation = (await store.Organisations.GetBySlugAsync("en-marche.fr", CancellationToken.None))!;
        var findings = await store.Findings.ListAsync(new FindingQuery(OrganisationId: organisation.Id, PageSize: FindingQuery.MaxPageSize), CancellationToken.None);
        var registered = lab.Zone.Registered.Keys.Where(lab.Names.Contains).Append(gone).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(registered, findings.Items.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.All(findings.Items, f => Assert.Equal([SourceKind.Sweep], f.Sources));
        Assert.All(findings.Items, f => Assert.Equal(f.Name != gone, f.Live));
        var work = findings.Items.Single(f => f.Name == "en-marche.work");
        Assert.Equal(("en-marche.fr", TriageState.New), (work.Target, work.State));
        Assert.True(work.Score > 0, work.Explanation);
        var goneTimeline = await store.Observations.ListAsync(findings.Items.Single(f => f.Name == gone).Id, CancellationToken.None);
        Assert.Equal(["registered", "unregistered"], goneTimeline.Select(o => o.Summary.Split(':')[0]));
        Assert.Single(await store.Observations.ListAsync(work.Id, CancellationToken.None));
    }
}
