using Vigie.Storage.Tests.Support;

namespace Vigie.Cli.Tests.Scan;

/// <summary>`vigie scan --db Host=…`: the same memory in PostgreSQL, started by the test run.</summary>
public sealed class ScanPostgresTests : IClassFixture<PostgresServer>
{
    private readonly PostgresServer postgres;

    public ScanPostgresTests(PostgresServer postgres)
    {
        this.postgres = postgres;
    }

    [Fact]
    public async Task Scan_PostgresDatabase_RemembersBetweenRuns()
    {
        await using var lab = await ScanLab.StartAsync();
        var database = await postgres.CreateDatabaseAsync();
        string[] args = [.. lab.Args("--format", "csv", "--new-only").Select(a => a == lab.Database ? database : a)];

        var first = await VigieAppTests.RunAsync(args);
        var gone = lab.Zone.Registered.Keys.First(n => n.EndsWith(".fr", StringComparison.Ordinal) && lab.Names.Contains(n));
        lab.Zone.Registered.Remove(gone);
        await lab.Server.ServeAsync(lab.Zone);
        var second = await VigieAppTests.RunAsync(args);

        Assert.True(first.Code == ExitCodes.Found, first.Stderr);
        Assert.Equal(lab.Zone.Registered.Keys.Count(lab.Names.Contains) + 1, ScanLab.Rows(first.Stdout).Count);
        Assert.Equal(ExitCodes.Found, second.Code);
        Assert.Equal([(gone, ("unregistered", "GONE"))], ScanLab.Rows(second.Stdout).Select(r => (r.Key, r.Value)));
    }
}
