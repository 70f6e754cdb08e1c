using Vigie.Decoys.Detection;
using Vigie.Decoys.Generation;
using Vigie.Decoys.Tests.Support;
using Vigie.Storage.Decoys;
using Vigie.TestSupport.Storage;

namespace Vigie.Decoys.Tests.Detection;

/// <summary>The detectors stopped and started again, as `vigie serve` is: each run a new watch over new followers and the same store.</summary>
public sealed class DecoyWatchTests
{
    private static string Sshd(int second, string user, string address) =>
        $"Dec  1 10:00:{second:00} mx sshd[{second}]: Failed password for invalid user {user} from {address} port 4{second} ssh2\n";

    [Fact]
    public async Task OnceAsync_RestartedAfterMoreLines_ReadsOnlyTheNewLinesAndStoresEachUseOnce()
    {
        await using var store = await DecoyStoreAsync();
        var path = Path.Combine(store.Folder, "auth.log");
        await File.WriteAllTextAsync(path, Sshd(1, "bob", "192.0.2.1") + Sshd(2, "claire.petit", "198.51.100.1"));
        var detector = new DetectorSettings(LogFormat.Syslog, [path]);

        var first = await RunAsync(store, detector);
        await File.AppendAllTextAsync(path, Sshd(3, "bob", "192.0.2.1") + Sshd(4, "claire.petit", "198.51.100.2"));
        var second = await RunAsync(store, detector);
        var third = await RunAsync(store, detector);

        Assert.Equal("198.51.100.1 (2 records)", first.ToString());
        Assert.Equal("198.51.100.2 (2 records)", second.ToString());
        Assert.Equal(" (0 records)", third.ToString());
        Assert.Equal(2, (await store.Store.Decoys.UsesAsync(null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task OnceAsync_RotatedWhileStopped_EndOfTheOldFileThenTheNewFileFromItsStart()
    {
        await using var store = await DecoyStoreAsync();
        var path = Path.Combine(store.Folder, "auth.log");
        await File.WriteAllTextAsync(path, Sshd(1, "claire.petit", "198.51.100.1"));
        var detector = new DetectorSettings(LogFormat.Syslog, [path]);
        await RunAsync(store, detector);

        await File.AppendAllTextAsync(path, Sshd(2, "claire.petit", "198.51.100.2"));
        File.Move(path, path + ".1");
        await File.WriteAllTextAsync(path + ".2.gz", "not a log");
        await File.WriteAllTextAsync(path, Sshd(3, "claire.petit", "198.51.100.3"));
        var restarted = await RunAsync(store, detector);

        Assert.Equal("198.51.100.2, 198.51.100.3 (2 records)", restarted.ToString());
        Assert.Equal(3, (await store.Store.Decoys.UsesAsync(null, CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OnceAsync_TruncatedWhileStopped_NewContentReadFromItsStart(bool newContentLonger)
    {
        await using var store = await DecoyStoreAsync();
        var path = Path.Combine(store.Folder, "auth.log");
        await File.WriteAllTextAsync(path, Sshd(1, "bob", "192.0.2.1") + Sshd(2, "claire.petit", "198.51.100.1"));
        var detector = new DetectorSettings(LogFormat.Syslog, [path]);
        await RunAsync(store, detector);

        // Shorter than what was read (copytruncate), or longer but another file (its first line differs).
        var noise = newContentLonger ? string.Concat(Enumerable.Range(10, 5).Select(s => Sshd(s, "bob", "192.0.2.1"))) : "";
        await File.WriteAllTextAsync(path, noise + Sshd(30, "claire.petit", "198.51.100.3"));
        var restarted = await RunAsync(store, detector);

        Assert.StartsWith("198.51.100.3 (", restarted.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, (await store.Store.Decoys.UsesAsync(null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task OnceAsync_CsvResumedPastItsHeader_LaterRowsStillReadByColumnName()
    {
        await using var store = await DecoyStoreAsync();
        var path = Path.Combine(store.Folder, "signins.csv");
        await File.WriteAllTextAsync(path, "time,result,ip,login\n2026-12-01T10:00:00Z,FAILURE,198.51.100.1,claire.petit@en-marche.fr\n");
        var detector = new DetectorSettings(LogFormat.Csv, [path], FieldMapping.Parse("user=login,ip=ip,time=time,outcome=result"));
        await RunAsync(store, detector);

        await File.AppendAllTextAsync(path, "2026-12-01T10:05:00Z,FAILURE,198.51.100.2,claire.petit@en-marche.fr\n");
        var restarted = await RunAsync(store, detector);

        Assert.Equal("198.51.100.2 (1 records)", restarted.ToString());
    }

    private static async Task<OrganisationStore> DecoyStoreAsync()
    {
        var store = await OrganisationStore.OpenAsync();
        var finding = await store.ConfirmedFindingAsync("en-marche-securite.fr");
        await store.Store.Decoys.AddAsync(new DecoyDraft(finding, "claire.petit@en-marche.fr", DecoyPasswordHash.Hash("Automne2024!"), DateTimeOffset.UtcNow), CancellationToken.None);
        return store;
    }

    /// <summary>
    /// One start of the detectors, reading what is there as a restarted `vigie serve` does on its first pass: the source
    /// addresses of the alerts raised and how many records were read, as "ADDRESS, … (N records)".
    /// </summary>
    private static async Task<string> RunAsync(OrganisationStore store, DetectorSettings detector)
    {
        var followers = detector.Followers(TimeProvider.System).ToList();
        try
        {
            var decoys = store.Store.Decoys;
            var watch = new DecoyWatch(decoys, new DecoyUseRecorder(decoys, store.Store.Findings, TimeProvider.System), TimeProvider.System);
            var alerts = new List<DecoyAlert>();
            await watch.OnceAsync(followers, new DecoyIndex(await decoys.ListAsync(null, CancellationToken.None)), a =>
            {
                alerts.Add(a);
                return Task.CompletedTask;
            }, CancellationToken.None);
            return $"{string.Join(", ", alerts.Select(a => a.Event.SourceAddress))} ({followers.Sum(f => f.Records)} records)";
        }
        finally
        {
            followers.ForEach(f => f.Dispose());
        }
    }
}
