using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Vigie.Storage.Evidence;
using Vigie.TestSupport;

namespace Vigie.Storage.Tests.Evidence;

public sealed class EvidenceStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PutAsync_SameBytesTwice_OneObjectNamedByItsHash()
    {
        using var folder = new TempFolder();
        var store = new EvidenceStore(folder.Path, new FixedTime(Now));
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47 };

        var first = await store.PutAsync("screenshot", "image/png", png, "http://a.test/", CancellationToken.None);
        var second = await store.PutAsync("screenshot", "image/png", png, "http://b.test/", CancellationToken.None);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(png)), first.Sha256);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(Now, first.CapturedAt);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(folder.Path, "objects"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task ExportAsync_TwoInvestigations_ZipWithManifestsObjectsAndSums()
    {
        using var folder = new TempFolder();
        var store = new EvidenceStore(folder.Path, new FixedTime(Now));
        var html = await store.PutAsync("html", "text/html", "<html>copy</html>"u8.ToArray(), "http://en-rnarche.fr/", CancellationToken.None);
        var shot = await store.PutAsync("screenshot", "image/png", [1, 2, 3], "http://en-rnarche.fr/", CancellationToken.None);
        await store.SaveManifestAsync(new EvidenceManifest("en-rnarche.fr", Now, new Dictionary<string, string> { ["verdict"] = "phishing" }, [html, shot]), CancellationToken.None);
        await store.SaveManifestAsync(new EvidenceManifest("en-rnarche.fr", Now.AddHours(1), new Dictionary<string, string>(), [shot]), CancellationToken.None);
        using var zip = new MemoryStream();

        var objects = await store.ExportAsync("en-rnarche.fr", zip, CancellationToken.None);

        Assert.Equal(2, objects);
        using var archive = new ZipArchive(new MemoryStream(zip.ToArray()));
        var names = archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        string[] expected = ["SHA256SUMS.txt", "investigations/20261129T180000000Z.json", "investigations/20261129T190000000Z.json",
            $"objects/{html.Sha256}.html", $"objects/{shot.Sha256}.png"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), names);
        using var manifest = new StreamReader(archive.GetEntry("investigations/20261129T180000000Z.json")!.Open(), Encoding.UTF8);
        var text = await manifest.ReadToEndAsync();
        Assert.Contains("\"verdict\": \"phishing\"", text, StringComparison.Ordinal);
        Assert.Contains(html.Sha256, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_TamperedObject_Refused()
    {
        using var folder = new TempFolder();
        var store = new EvidenceStore(folder.Path, new FixedTime(Now));
        var item = await store.PutAsync("html", "text/html", "<p>x</p>"u8.ToArray(), "http://x.test/", CancellationToken.None);
        await store.SaveManifestAsync(new EvidenceManifest("x.test", Now, new Dictionary<string, string>(), [item]), CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "objects", item.Sha256[..2], item.Sha256), "<p>changed</p>");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => store.ExportAsync("x.test", new MemoryStream(), CancellationToken.None));

        Assert.Contains("no longer matches", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../etc")]
    [InlineData("a/b")]
    [InlineData("")]
    public async Task ExportAsync_NameThatIsNotADomain_Refused(string finding)
    {
        using var folder = new TempFolder();

        await Assert.ThrowsAsync<ArgumentException>(() => new EvidenceStore(folder.Path, TimeProvider.System).ExportAsync(finding, new MemoryStream(), CancellationToken.None));
    }

    [Fact]
    public async Task ExportAsync_UnknownFinding_FileNotFound()
    {
        using var folder = new TempFolder();

        await Assert.ThrowsAsync<FileNotFoundException>(() => new EvidenceStore(folder.Path, TimeProvider.System).ExportAsync("nothing.test", new MemoryStream(), CancellationToken.None));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
