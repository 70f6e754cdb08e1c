using System.IO.Compression;
using System.Text;
using Vigie.Cli.Watch;
using Vigie.Sources.Http;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.TestSupport;
using Vigie.TestSupport.CertificateTransparency;

namespace Vigie.Cli.Tests.Watch;

public sealed class WatchNrdTests
{
    private static readonly string[] Lookalikes = ["onedrive-en-marche.fr", "login-en-marche.com", "secure-en-marche.net"];

    [Fact]
    public async Task Watch_NrdFileGzip_LookalikesPrintedOnceAcrossRuns()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("watchlist.yaml"), "domains:\n  - en-marche.fr\n");
        await File.WriteAllBytesAsync(temp.File("nrd.txt.gz"), Gzip(List()));
        string[] args = ["watch", "--watchlist", temp.File("watchlist.yaml"), "--nrd", temp.File("nrd.txt.gz"), "--db", temp.File("vigie.db"), "--once"];

        var (code, first, stderr) = await VigieAppTests.RunAsync(args);
        var (_, second, _) = await VigieAppTests.RunAsync(args);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Equal(Lookalikes.Order(StringComparer.Ordinal), WatchLab.PrintedNames(first).Order(StringComparer.Ordinal));
        Assert.Contains($"\tnrd:{temp.File("nrd.txt.gz")}:", first, StringComparison.Ordinal);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Watch_NrdFile_FindingsOfTheWatchlistsOrganisationAndSourceStatus()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("watchlist.yaml"), "organisation: En Marche\ndomains:\n  - en-marche.fr\n");
        await File.WriteAllTextAsync(temp.File("nrd.txt"), List());

        var (code, _, stderr) = await VigieAppTests.RunAsync("watch", "--watchlist", temp.File("watchlist.yaml"), "--nrd", temp.File("nrd.txt"), "--db", temp.File("vigie.db"), "--once");

        Assert.True(code == ExitCodes.Success, stderr);
        await using var database = VigieDatabase.Open(temp.File("vigie.db"));
        var store = new FindingsStore(database, TimeProvider.System);
        var organisation = (await store.Organisations.GetBySlugAsync("en-marche", CancellationToken.None))!;
        Assert.Equal("En Marche", organisation.Name);
        Assert.Equal(["en-marche.fr"], organisation.Domains);
        var findings = await store.Findings.ListAsync(new FindingQuery(OrganisationId: organisation.Id, Source: SourceKind.Nrd), CancellationToken.None);
        Assert.Equal(Lookalikes.Order(StringComparer.Ordinal), findings.Items.Select(f => f.Name).Order(StringComparer.Ordinal));
        var sources = await store.Findings.SourcesAsync(findings.Items[0].Id, CancellationToken.None);
        Assert.StartsWith(temp.File("nrd.txt") + ":", Assert.Single(sources).Detail, StringComparison.Ordinal);
        var status = Assert.Single(await store.Sources.ListAsync(CancellationToken.None));
        Assert.Equal((SourceKind.Nrd, status.Size), (status.Kind, status.Position));
    }

    [Fact]
    public async Task Watch_NrdUrl_LookalikesPrinted()
    {
        await using var server = await LocalCtLog.StartAsync(LocalCtLogKind.Rfc6962);
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("watchlist.yaml"), "domains:\n  - en-marche.fr\n");
        var url = server.ServeFile("nrd-2026-11-29.txt", Encoding.UTF8.GetBytes(List()));

        var (code, stdout, stderr) = await VigieAppTests.RunAsync("watch", "--watchlist", temp.File("watchlist.yaml"), "--nrd", url.ToString(), "--db", temp.File("vigie.db"), "--once");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Equal(Lookalikes.Order(StringComparer.Ordinal), WatchLab.PrintedNames(stdout).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NrdUrl_ListPastTheCap_WarnsInOneLineAndReadsNothing()
    {
        await using var server = await LocalCtLog.StartAsync(LocalCtLogKind.Rfc6962);
        var url = server.ServeFile("nrd-huge.txt", Encoding.UTF8.GetBytes(List()));
        using var client = HttpClientGetter.CreateClient(TimeSpan.FromSeconds(10));
        var warnings = new List<string>();
        var batches = new List<NameBatch>();
        var source = new NrdWatchSource(url.ToString(), new HttpClientGetter(client), TimeSpan.Zero, once: true, warnings.Add, maxBytes: 16 * 1024);

        await source.RunAsync(new Dictionary<string, long>(), (batch, _) => { batches.Add(batch); return Task.CompletedTask; }, CancellationToken.None);

        Assert.Empty(batches);
        Assert.Equal($"NRD list {url}: 127.0.0.1: answer larger than 16 KiB, cut off", Assert.Single(warnings));
    }

    [Fact]
    public async Task Watch_NrdMissingFile_ExitCode2()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("watchlist.yaml"), "domains:\n  - en-marche.fr\n");

        var (code, _, stderr) = await VigieAppTests.RunAsync("watch", "--watchlist", temp.File("watchlist.yaml"), "--nrd", temp.File("none.txt"), "--once");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("vigie: --nrd ", stderr, StringComparison.Ordinal);
    }

    private static string List() =>
        string.Join('\n', Enumerable.Range(0, 2500).Select(i => $"shop{i}.example.org").Concat(Lookalikes).Append("en-marche.fr")) + "\n";

    private static byte[] Gzip(string text)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return packed.ToArray();
    }
}
