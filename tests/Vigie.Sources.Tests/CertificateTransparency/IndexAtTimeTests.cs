using Vigie.Sources.CertificateTransparency;
using Vigie.Sources.Http;
using Vigie.TestSupport;
using Vigie.TestSupport.CertificateTransparency;

namespace Vigie.Sources.Tests.CertificateTransparency;

public sealed class IndexAtTimeTests
{
    private static readonly HttpClient Client = HttpClientGetter.CreateClient(TimeSpan.FromSeconds(10));

    [Theory]
    [InlineData(2000, 0)]
    [InlineData(2020, 6)]
    [InlineData(2100, 9)]
    public async Task FindAsync_Rfc6962Log_FirstEntryAtOrAfter(int year, long expected)
    {
        await using var log = await LocalCtLog.StartAsync(LocalCtLogKind.Rfc6962);
        log.AddRealFixtures();
        log.AddCertificate("a.example.org");
        log.AddCertificate("b.example.org");
        log.AddCertificate("c.example.org");
        var http = new HttpClientGetter(Client);
        var described = await CtFollowers.DescribeAsync(log.Prefix, [], http, CancellationToken.None);

        var index = await IndexAtTime.FindAsync(described, http, new CtFetchOptions(), new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.Equal(expected, index);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(300)]
    [InlineData(1000)]
    public async Task FindAsync_TiledLog_FirstEntryAtOrAfterNavigliTimestamp(int entry)
    {
        await using var log = await LocalCtLog.StartAsync(LocalCtLogKind.Tiled);
        log.AddRealFixtures();
        log.AddCertificate("a.example.org");
        var http = new HttpClientGetter(Client);
        var described = await CtFollowers.DescribeAsync(log.Prefix, [], http, CancellationToken.None);
        var expected = ExpectedCtEntry.Load(SharedData.Path("ct/static-ct-navigli2025h2/EXPECTED_entries_0-1023.json"));
        var target = expected[entry].TimestampMs;

        var index = await IndexAtTime.FindAsync(described, http, new CtFetchOptions(), DateTimeOffset.FromUnixTimeMilliseconds(target), CancellationToken.None);

        Assert.Equal(expected.First(e => e.TimestampMs >= target).Index, index);
    }
}
