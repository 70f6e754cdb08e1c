using Vigie.Sources.CertificateTransparency;
using Vigie.Storage.CertificateTransparency;
using Vigie.Storage.Database;
using Vigie.Storage.Migrations;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Ct;

public sealed class CtLogsCommandTests
{
    [Fact]
    public async Task Logs_Offline_ActiveLogsOfBothKinds()
    {
        using var temp = new TempFolder();
        var (code, stdout, stderr) = await VigieAppTests.RunAsync("ct", "logs", "--offline", "--db", temp.File("vigie.db"));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.Equal("kind\tstate\tlists\tmmd_s\tposition\tlag\tname\turl", stdout.Split('\n')[0]);
        Assert.All(rows, r => Assert.Equal(("-", "-"), (r[4], r[5])));
        Assert.All(rows, r => Assert.Contains(r[1], new[] { "usable", "qualified" }));
        Assert.Contains(rows, r => r[0] == "rfc6962");
        Assert.Contains(rows, r => r[0] == "tiled" && r[2] == "google,apple");
    }

    [Fact]
    public async Task Logs_OfflineAll_IncludesRejected()
    {
        using var temp = new TempFolder();
        var (_, active, _) = await VigieAppTests.RunAsync("ct", "logs", "--offline", "--db", temp.File("vigie.db"));
        var (code, all, _) = await VigieAppTests.RunAsync("ct", "logs", "--offline", "--all", "--db", temp.File("vigie.db"));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\trejected\t", all, StringComparison.Ordinal);
        Assert.True(all.Length > active.Length);
    }

    [Fact]
    public async Task Logs_WatchedLog_PositionAndLagFromDatabase()
    {
        using var temp = new TempFolder();
        var log = LogListLoader.FromBytes(BundledLogLists.GoogleList, BundledLogLists.GoogleSignature, BundledLogLists.AppleList).First(l => l.IsActive);
        await using (var database = VigieDatabase.Open(temp.File("vigie.db")))
        {
            await Migrator.MigrateAsync(database, CancellationToken.None);
            await new WatchStore(database).SaveBatchAsync(new SourcePosition(log.SourceId, log.Name, 1200, 1500, DateTimeOffset.UtcNow), [], CancellationToken.None);
        }

        var (code, stdout, stderr) = await VigieAppTests.RunAsync("ct", "logs", "--offline", "--db", temp.File("vigie.db"));

        Assert.True(code == ExitCodes.Success, stderr);
        var row = stdout.Split('\n').Single(l => l.EndsWith("\t" + log.Url, StringComparison.Ordinal)).Split('\t');
        Assert.Equal(("1200", "300", log.Name), (row[4], row[5], row[6]));
    }
}
