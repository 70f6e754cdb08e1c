using Vigie.Sources.Http;
using Vigie.Storage.Findings;
using Vigie.Web.Pipeline.Zones;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Pipeline.Zones;

public sealed class ZoneFileIngestionTests
{
    [Fact]
    public async Task RunAsync_FirstVersionThenNewDelegations_OnlyTheNewLookalikesFound()
    {
        await using var fixture = await PipelineFixture.OpenAsync();
        var zone = fixture.Folder.File("fr.zone");
        var ingestion = new ZoneFileIngestion(zone, fixture.Folder.File("zones"), new HttpClientGetter(new HttpClient()), fixture.Context, fixture.Rounds);
        await File.WriteAllTextAsync(zone, Zone("bakery-lyon", "login-en-marche"));

        var baseline = await ingestion.RunAsync(PipelineFixture.Round, CancellationToken.None);
        await File.WriteAllTextAsync(zone, Zone("bakery-lyon", "login-en-marche", "garden-tools", "onedrive-en-marche"));
        var diff = await ingestion.RunAsync(PipelineFixture.Round, CancellationToken.None);
        var again = await ingestion.RunAsync(PipelineFixture.Round, CancellationToken.None);

        Assert.Equal("first version kept: names delegated from the next one on are matched", baseline);
        Assert.Equal("2 newly delegated names: 1 match(es)", diff);
        Assert.Equal("unchanged since its last fetch", again);
        Assert.Equal([("onedrive-en-marche.fr", SourceKind.Zone, zone)], await fixture.SourcesAsync());
        var status = Assert.Single(await fixture.Store.Sources.ListAsync(CancellationToken.None));
        Assert.Equal(("zone:" + zone, SourceKind.Zone, 2L, (string?)null), (status.SourceId, status.Kind, status.Position, status.LastError));
    }

    /// <summary>A zone file as ICANN's CZDS publishes one: the apex's SOA, then NS records of each delegated name.</summary>
    private static string Zone(params string[] labels) =>
        "fr.\t3600\tin\tsoa\tnsmaster.nic.fr. hostmaster.nic.fr. 1 3600 1800 3600000 600\n"
        + string.Concat(labels.Select(l => $"{l}.fr.\t3600\tin\tns\tns1.lab.test.\n{l}.fr.\t3600\tin\tns\tns2.lab.test.\n"));
}
