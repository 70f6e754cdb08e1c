using Vigie.Sources.CertificateTransparency;
using Vigie.Sources.Http;
using Vigie.TestSupport.CertificateTransparency;

namespace Vigie.Sources.Tests.CertificateTransparency;

public sealed class CtFollowerTests
{
    private static readonly CtFetchOptions Fast = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(20),
        RequestsPerSecond = 2000,
        PollInterval = TimeSpan.FromMilliseconds(50),
        BatchSize = 100,
    };

    [Fact]
    public async Task RunAsync_Rfc6962UnderFaults_EveryEntryOnceInOrder()
    {
        await using var log = await LocalCtLog.StartAsync(LocalCtLogKind.Rfc6962);
        log.AddRealFixtures();
        var lookalikes = Enumerable.Range(0, 300).Select(i => $"login-en-marche{i}.fr").ToList();
        foreach (var name in lookalikes)
        {
            log.AddCertificate(name, "www." + name);
        }

        log.MaxEntriesPerAnswer = 32;
        log.Fail("get-sth", LocalFault.ServerError, LocalFault.Truncated);
        log.Fail("get-entries", LocalFault.TooManyRequests, LocalFault.TooManyRequests, LocalFault.TooManyRequests, LocalFault.ServerError, LocalFault.Truncated);

        var (batches, warnings) = await FollowUntilAsync(log, 0, log.Size);

        var entries = batches.SelectMany(b => b.Entries).ToList();
        Assert.Equal(Enumerable.Range(0, (int)log.Size).Select(i => (long)i), entries.Select(e => e.Index));
        Assert.All(batches, b => Assert.True(b.Entries.Count <= 32));
        Assert.Equal(["mail.google.com"], entries[0].Names);
        Assert.Equal(["login-en-marche0.fr", "www.login-en-marche0.fr"], entries[6].Names);
        Assert.Equal(lookalikes, entries.Skip(6).Select(e => e.Names[0]));
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task RunAsync_TiledUnderFaults_EveryEntryOnceAndMissingTileWarnedOnce()
    {
        await using var log = await LocalCtLog.StartAsync(LocalCtLogKind.Tiled);
        log.AddRealFixtures();
        for (var i = 0; i < 300; i++)
        {
            log.AddCertificate($"paypal-login{i}.com");
        }

        log.Fail("checkpoint", LocalFault.Truncated, LocalFault.TooManyRequests);
        log.Fail("tile/data/001", LocalFault.NotFound);
        log.Fail("tile/data/005", LocalFault.ServerError, LocalFault.TooManyRequests);

        var (batches, warnings) = await FollowUntilAsync(log, 0, log.Size);

        var entries = batches.SelectMany(b => b.Entries).ToList();
        Assert.Equal(Enumerable.Range(0, 1324).Select(i => (long)i), entries.Select(e => e.Index));
        Assert.Equal("paypal-login299.com", entries[^1].Names[0]);
        var warning = Assert.Single(warnings);
        Assert.Equal("log Vigie local Tiled log: tile/data/001 is missing (404)", warning);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunAsync_NamesTiles_SameNamesAsDataTilesOrFallbackWarnedOnce(bool served)
    {
        await using var log = await LocalCtLog.StartAsync(LocalCtLogKind.Tiled);
        log.AddRealFixtures();
        for (var i = 0; i < 100; i++)
        {
            log.AddCertificate($"paypal-login{i}.com", $"www.paypal-login{i}.com");
        }

        log.ServesNamesTiles = served;
        var (fromData, _) = await FollowUntilAsync(log, 0, log.Size);
        var before = log.Requests.Count;

        var (fromNames, warnings) = await FollowUntilAsync(log, 0, log.Size, Fast with { UseNamesTiles = true });

        Assert.Equal(fromData.SelectMany(b => b.Entries).Select(e => (e.Index, e.TimestampMs, string.Join(',', e.Names))),
            fromNames.SelectMany(b => b.Entries).Select(e => (e.Index, e.TimestampMs, string.Join(',', e.Names))));
        Assert.Equal(!served, log.Requests.Skip(before).Any(r => r.StartsWith("tile/data/", StringComparison.Ordinal)));
        Assert.Equal(served ? 0 : 1, warnings.Count);
    }

    [Theory]
    [InlineData(LocalCtLogKind.Rfc6962)]
    [InlineData(LocalCtLogKind.Tiled)]
    public async Task RunAsync_MalformedCertificateInLog_SkippedWithWarningAndFollowingGoesOn(LocalCtLogKind kind)
    {
        await using var log = await LocalCtLog.StartAsync(kind);
        log.AddCertificate("a.example.org");
        var pem = File.ReadAllText(Vigie.TestSupport.SharedData.Path("x509/ctgo-x509-testdata/testdata/invalid/xf-pubkey-rsa-modulus-negative.pem"));
        log.AddRawCertificate(Convert.FromBase64String(pem[System.Security.Cryptography.PemEncoding.Find(pem).Base64Data]));
        log.AddCertificate("onedrive-en-marche.fr");

        var (batches, warnings) = await FollowUntilAsync(log, 0, 3);

        var entries = batches.SelectMany(b => b.Entries).ToList();
        Assert.Equal([["a.example.org"], [], ["onedrive-en-marche.fr"]], entries.Select(e => e.Names.ToArray()));
        var warning = Assert.Single(warnings);
        Assert.StartsWith($"log Vigie local {kind} log: entry 1: malformed certificate: negative RSA modulus", warning, StringComparison.Ordinal);
        Assert.EndsWith("; skipped", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LogGrows_NewEntriesFollowFromCurrentSize()
    {
        await using var log = await LocalCtLog.StartAsync(LocalCtLogKind.Rfc6962);
        log.AddRealFixtures();
        var received = new List<CtEntry>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var describe = await DescribeAsync(log);
        var run = CtFollowers.RunAsync(describe, Http, Fast, TimeProvider.System, _ => { }, from: null, (batch, _) =>
        {
            lock (received)
            {
                received.AddRange(batch.Entries);
            }

            return Task.CompletedTask;
        }, stop.Token);
        await WaitForAsync(() => log.Requests.Any(r => r.StartsWith("ct/v1/get-sth", StringComparison.Ordinal)), stop.Token);
        log.AddCertificate("onedrive-en-marche.fr");

        await WaitForAsync(() => received.Count == 1, stop.Token);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        Assert.Equal(6, received[0].Index);
        Assert.Equal(["onedrive-en-marche.fr"], received[0].Names);
    }

    [Fact]
    public async Task RunAsync_WrongKey_LoudWarningAndNoEntries()
    {
        await using var log = await LocalCtLog.StartAsync(LocalCtLogKind.Rfc6962);
        log.AddRealFixtures();
        using var other = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var described = (await DescribeAsync(log)) with { Key = other.ExportSubjectPublicKeyInfo() };
        var warnings = new List<string>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var entries = 0;

        var run = CtFollowers.RunAsync(described, Http, Fast, TimeProvider.System, w => { lock (warnings) { warnings.Add(w); } }, 0, (b, _) =>
        {
            entries += b.Entries.Count;
            return Task.CompletedTask;
        }, stop.Token);
        await WaitForAsync(() => log.Requests.Count(r => r.StartsWith("ct/v1/get-sth", StringComparison.Ordinal)) >= 3, stop.Token);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        Assert.Equal(0, entries);
        var warning = Assert.Single(warnings);
        Assert.StartsWith("log Vigie local Rfc6962 log: STH of size 6 has a signature that does not verify", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LocalCtLogKind.Rfc6962, "log Vigie local Rfc6962 log: tree head of size 1326 is not consistent with size 1325: the log may be forked")]
    [InlineData(LocalCtLogKind.Tiled, "log Vigie local Tiled log: checkpoint of size 1326 is not consistent with size 1325: the log may be forked")]
    public async Task RunAsync_HistoryRewritten_ForkWarningNamingLog(LocalCtLogKind kind, string expected)
    {
        await using var log = await LocalCtLog.StartAsync(kind);
        log.AddRealFixtures();
        while (log.Size < 1325)
        {
            log.AddCertificate($"shop{log.Size}.example.org");
        }

        var warnings = new List<string>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        long read = 0;
        var run = CtFollowers.RunAsync(await DescribeAsync(log), Http, Fast, TimeProvider.System, w => { lock (warnings) { warnings.Add(w); } }, 0, (b, _) =>
        {
            Interlocked.Exchange(ref read, b.Next);
            return Task.CompletedTask;
        }, stop.Token);
        await WaitForAsync(() => Interlocked.Read(ref read) == 1325, stop.Token);
        log.Tamper(700);
        log.AddCertificate("onedrive-en-marche.fr");
        await WaitForAsync(() => { lock (warnings) { return warnings.Count > 0; } }, stop.Token);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        Assert.Equal(expected, Assert.Single(warnings));
    }

    [Fact]
    public async Task RootAsync_NavigliTilesServedByLocalLog_EqualsMerkleRoot()
    {
        await using var log = await LocalCtLog.StartAsync(LocalCtLogKind.Tiled);
        log.AddRealFixtures();
        var client = Http;
        var described = await DescribeAsync(log);
        using var logHttp = new LogHttp(described, client, Fast, TimeProvider.System);
        var tiled = new TiledClient(logHttp);
        var expected = ExpectedCtEntry.Load(Vigie.TestSupport.SharedData.Path("ct/static-ct-navigli2025h2/EXPECTED_entries_0-1023.json"))
            .Select(e => Convert.FromHexString(e.LeafHashHex)).ToList();

        foreach (var size in new[] { 1, 255, 256, 257, 700, 1023, 1024 })
        {
            Assert.Equal(MerkleTree.Root(expected.Take(size).ToList()), await tiled.TreeRootAsync(size, CancellationToken.None));
        }
    }

    [Fact]
    public async Task DescribeAsync_UnknownUrlWithoutLogJson_CtLogException()
    {
        await using var log = await LocalCtLog.StartAsync(LocalCtLogKind.Rfc6962);

        await Assert.ThrowsAsync<CtLogException>(() => CtFollowers.DescribeAsync(new Uri(log.Prefix, "nothing/"), [], Http, CancellationToken.None));
    }

    [Fact]
    public void Delay_RetryAfterLongerThanBackoff_WaitsRetryAfter()
    {
        var options = new CtFetchOptions { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(2) };

        Assert.Equal(TimeSpan.FromSeconds(5), Backoff.Delay(0, TimeSpan.FromSeconds(5), options, new Random(1)));
        Assert.Equal(TimeSpan.FromMinutes(10), Backoff.Delay(0, TimeSpan.FromHours(1), options, new Random(1)));
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var delay = Backoff.Delay(attempt, null, options, new Random(attempt));
            var ceiling = Math.Min(2000, 100 * Math.Pow(2, attempt));
            Assert.InRange(delay.TotalMilliseconds, ceiling / 2, ceiling);
        }
    }

    private static readonly HttpClient Client = HttpClientGetter.CreateClient(TimeSpan.FromSeconds(10));

    private static IHttpGetter Http => new HttpClientGetter(Client);

    private static Task<CtLog> DescribeAsync(LocalCtLog log) => CtFollowers.DescribeAsync(log.Prefix, [], Http, CancellationToken.None);

    private static async Task<(List<CtBatch> Batches, List<string> Warnings)> FollowUntilAsync(LocalCtLog log, long from, long until, CtFetchOptions? options = null)
    {
        var batches = new List<CtBatch>();
        var warnings = new List<string>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var run = CtFollowers.RunAsync(await DescribeAsync(log), Http, options ?? Fast, TimeProvider.System, w => { lock (warnings) { warnings.Add(w); } }, from, (batch, _) =>
        {
            lock (batches)
            {
                batches.Add(batch);
            }

            return Task.CompletedTask;
        }, stop.Token);
        await WaitForAsync(() => batches.Count > 0 && batches[^1].Next >= until, stop.Token);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        return (batches, warnings);
    }

    private static async Task WaitForAsync(Func<bool> condition, CancellationToken cancel)
    {
        while (!condition())
        {
            await Task.Delay(10, cancel);
        }
    }
}
