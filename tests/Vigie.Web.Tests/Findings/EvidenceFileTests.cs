using System.IO.Compression;
using System.Net;
using System.Text;
using Vigie.Storage.Evidence;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Findings;

[Collection(WebCollection.Name)]
public sealed class EvidenceFileTests(PostgresServer postgres)
{
    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Evidence_CapturedHtml_IsNeverServedAsHtml()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        const string page = "<html><script>alert(document.cookie)</script></html>";
        var finding = await LabFindings.SeedAsync(host, Png, Png, page);
        await host.AddUserAsync("vera", "correct horse battery", UserRole.Viewer);
        using var client = await host.SignedInAsync("vera", "correct horse battery");
        var store = host.Service<EvidenceStore>();
        var html = await store.PutAsync("rendered-html", "text/html", Encoding.UTF8.GetBytes(page), "x", CancellationToken.None);
        var png = await store.PutAsync("screenshot", "image/png", Png, "x", CancellationToken.None);

        var text = await client.GetAsync($"/findings/{finding}/evidence/{html.Sha256}");
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        Assert.Equal("text/plain", text.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", text.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("sandbox", string.Join(";", text.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal(page, await text.Content.ReadAsStringAsync());

        var image = await client.GetAsync($"/findings/{finding}/evidence/{png.Sha256}");
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);

        // An object of the store that is not this finding's evidence is not served under its address.
        var other = await store.PutAsync("screenshot", "image/png", [.. Png, 0], "elsewhere", CancellationToken.None);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/findings/{finding}/evidence/{other.Sha256}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/findings/{finding}/evidence/..%2F..%2Fetc%2Fpasswd")).StatusCode);
    }

    [Fact]
    public async Task EvidenceZip_Finding_IsTheExportOfTheCli()
    {
        await using var host = await WebTestHost.StartAsync("sqlite", postgres);
        var finding = await LabFindings.SeedAsync(host, Png, Png, "<html></html>");
        await host.AddUserAsync("vera", "correct horse battery", UserRole.Viewer);
        using var client = await host.SignedInAsync("vera", "correct horse battery");
        var response = await client.GetAsync($"/findings/{finding}/evidence.zip");
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Contains(zip.Entries, e => e.FullName == "SHA256SUMS.txt");
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("investigations/", StringComparison.Ordinal));
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith(".png", StringComparison.Ordinal));
    }
}
