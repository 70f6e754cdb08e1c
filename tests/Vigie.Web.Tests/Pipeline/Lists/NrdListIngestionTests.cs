using Vigie.Sources.Http;
using Vigie.Storage.Findings;
using Vigie.Storage.Sources;
using Vigie.Web.Pipeline.Lists;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Pipeline.Lists;

public sealed class NrdListIngestionTests
{
    private static readonly string[] Day1 = ["# newly registered", "bakery-lyon.fr", "login-en-marche.fr", "garden-tools.com", "en-marche-secure.com"];

    [Fact]
    public async Task RunAsync_SameListFetchedTwice_FindingsOnceAndSecondRoundUnchanged()
    {
        await using var fixture = await PipelineFixture.OpenAsync();
        var list = fixture.Folder.File("nrd.txt");
        await File.WriteAllLinesAsync(list, Day1);
        var ingestion = Ingestion(fixture, list);

        var first = await ingestion.RunAsync(PipelineFixture.Round, CancellationToken.None);
        var second = await ingestion.RunAsync(PipelineFixture.Round, CancellationToken.None);

        Assert.Equal("read 5 lines: 2 match(es)", first);
        Assert.Equal("unchanged since its last fetch", second);
        Assert.Equal([("en-marche-secure.com", SourceKind.Nrd, list + ":5"), ("login-en-marche.fr", SourceKind.Nrd, list + ":3")], await fixture.SourcesAsync());
        var status = Assert.Single(await fixture.Store.Sources.ListAsync(CancellationToken.None));
        Assert.Equal(("nrd:" + list, 5L, 5L, list), (status.SourceId, status.Position, status.Size, status.Label));
    }

    [Fact]
    public async Task RunAsync_NewContent_NewRoundFromLineOne()
    {
        await using var fixture = await PipelineFixture.OpenAsync();
        var list = fixture.Folder.File("nrd.txt");
        await File.WriteAllLinesAsync(list, Day1);
        var ingestion = Ingestion(fixture, list);
        await ingestion.RunAsync(PipelineFixture.Round, CancellationToken.None);

        await File.WriteAllLinesAsync(list, ["onedrive-en-marche.fr", "login-en-marche.fr"]);
        var next = await ingestion.RunAsync(PipelineFixture.Round, CancellationToken.None);

        Assert.Equal("read 2 lines: 2 match(es)", next);
        var sources = await fixture.SourcesAsync();
        Assert.Contains(("onedrive-en-marche.fr", SourceKind.Nrd, list + ":1"), sources);
        Assert.Equal(2, sources.Count(s => s.Name == "login-en-marche.fr"));
    }

    [Fact]
    public async Task RunAsync_RoundCutShort_ResumesAfterTheLineStored()
    {
        await using var fixture = await PipelineFixture.OpenAsync();
        var list = fixture.Folder.File("nrd.txt");
        await File.WriteAllLinesAsync(list, Day1);
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(list)));
        // What a process killed after its batch up to line 3 left: the round started, line 3 stored, not finished.
        await fixture.Rounds.StartAsync(digest, new SourceProgress("nrd:" + list, SourceKind.Nrd, list, 0, 5), CancellationToken.None);
        await fixture.Store.Findings.RecordAsync([], new SourceProgress("nrd:" + list, SourceKind.Nrd, list, 3, 5), CancellationToken.None);

        var resumed = await Ingestion(fixture, list).RunAsync(PipelineFixture.Round, CancellationToken.None);

        Assert.Equal("read 2 lines: 1 match(es)", resumed);
        Assert.Equal([("en-marche-secure.com", SourceKind.Nrd, list + ":5")], await fixture.SourcesAsync());
        Assert.True((await fixture.Rounds.GetAsync("nrd:" + list, CancellationToken.None))!.Finished);
    }

    [Fact]
    public async Task RunAsync_MissingFile_OneLineError()
    {
        await using var fixture = await PipelineFixture.OpenAsync();
        var list = fixture.Folder.File("absent.txt");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Ingestion(fixture, list).RunAsync(PipelineFixture.Round, CancellationToken.None));

        Assert.StartsWith(list + ": ", error.Message, StringComparison.Ordinal);
        Assert.Empty(await fixture.Store.Sources.ListAsync(CancellationToken.None));
    }

    private static NrdListIngestion Ingestion(PipelineFixture fixture, string list) =>
        new(list, new HttpClientGetter(new HttpClient()), fixture.Context, fixture.Rounds);
}
