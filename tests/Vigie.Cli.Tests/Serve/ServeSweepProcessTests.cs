using Vigie.Cli.Tests.Scan;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Serve;

/// <summary>
/// The scheduled sweeps of `vigie serve` as a real process against the real unbound lab of the scan tests (issue 11,
/// "Reliability"): killed with SIGKILL in the middle of a sweep and started again, it resumes the sweep, stores each
/// finding once and loses no DNS observation. Two organisations protect en-marche.fr, each with its own sweep. On SQLite
/// and on the PostgreSQL the test run starts.
/// </summary>
public sealed class ServeSweepProcessTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Serve_KilledDuringASweep_SweepResumedEveryFindingAndObservationOnce(string store)
    {
        await using var dns = await ScanLab.StartAsync();
        await using var lab = await ServeLab.StartAsync(logs: 0, lookalikes: 0, benignPerLookalike: 0, store == "postgres" ? await postgres.CreateDatabaseAsync() : null);
        lab.WriteConfig($"""
            sweeps:
              nameservers: {dns.Server.EndPoint}
              rate: 400
              concurrency: 8
            """);
        var reference = await VigieAppTests.RunAsync(dns.Args("--format", "csv"));
        Assert.True(reference.Code == ExitCodes.Success, reference.Stderr);
        var registered = ScanLab.Rows(reference.Stdout).Where(r => r.Value.Status == "registered").Select(r => r.Key).Order(StringComparer.Ordinal).ToList();

        using (var serve = lab.StartServe())
        {
            await Poll.UntilAsync(() => lab.Query("SELECT COUNT(*) FROM scan_names", r => r.GetInt64(0))[0] >= 40, TimeSpan.FromSeconds(90));
            ServeLab.Kill(serve);
            await serve.WaitForExitAsync();
        }

        Assert.Equal([0L], lab.Query("SELECT complete FROM scan_runs", r => r.GetInt64(0)));
        Assert.Empty(lab.Query("SELECT source_id FROM source_rounds WHERE finished_at IS NOT NULL", r => r.GetString(0)));
        using (var serve = lab.StartServe())
        {
            await Poll.UntilAsync(() => lab.Query("SELECT COUNT(*) FROM source_rounds WHERE finished_at IS NOT NULL", r => r.GetInt64(0))[0] == 2, TimeSpan.FromSeconds(180));
            ServeLab.Kill(serve, "TERM");
            await serve.WaitForExitAsync();
            Assert.Equal(0, serve.ExitCode);
        }

        // One run per organisation, the interrupted one resumed rather than started again, each complete.
        Assert.Equal([(1L, 1L), (1L, 1L)], lab.Query("SELECT COUNT(*), CAST(SUM(complete) AS BIGINT) FROM scan_runs GROUP BY target ORDER BY target", r => (r.GetInt64(0), r.GetInt64(1))));
        foreach (var organisation in new[] { "cert-fr", "en-marche" })
        {
            var found = lab.Query($"""
                SELECT f.name, COUNT(DISTINCT s.detail), COUNT(DISTINCT o.id), MAX(f.live) FROM findings f JOIN organisations g ON g.id = f.organisation_id
                JOIN finding_sources s ON s.finding_id = f.id AND s.kind = 'sweep' LEFT JOIN observations o ON o.finding_id = f.id AND o.kind = 'dns'
                WHERE g.slug = '{organisation}' GROUP BY f.name ORDER BY f.name
                """, r => (r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)));
            Assert.Equal(registered, found.Select(f => f.Item1));
            Assert.All(found, f => Assert.Equal((1L, 1L, 1L), (f.Item2, f.Item3, f.Item4)));
        }

        var sweeps = lab.Query("SELECT label, position, size, next_run_at FROM source_status WHERE kind = 'sweep' ORDER BY label", r => (r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3)));
        Assert.Equal(["A CERT", "En Marche"], sweeps.Select(s => s.Item1));
        Assert.All(sweeps, s => Assert.Equal((dns.Names.Count, dns.Names.Count), ((int)s.Item2, (int)s.Item3)));
        Assert.All(sweeps, s => Assert.True(DateTimeOffset.Parse(s.Item4, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow));
    }
}
