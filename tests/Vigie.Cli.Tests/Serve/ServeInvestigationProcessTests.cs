using System.Globalization;
using Vigie.Cli.Tests.Support;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Serve;

/// <summary>
/// Investigations and re-checks in `vigie serve` as a real process (issue 11, "Reliability"): killed with SIGKILL while
/// its workers investigate and started again, every finding is investigated, each observation stored once, each with
/// the genuine page's capture beside its screenshot; a DNS answer that changes brings a new investigation, and a name
/// that stops existing is marked not live and gone. The kill-and-restart test runs on SQLite and on the PostgreSQL the
/// test run starts.
/// </summary>
[Collection(InvestigationLabCollection.Name)]
public sealed class ServeInvestigationProcessTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly string[] InvestigationKinds = ["dns", "http", "screenshot", "verdict"];

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Serve_KilledDuringInvestigations_EveryFindingInvestigatedOnceAfterRestart(string store)
    {
        await using var lab = await InvestigationLab.StartAsync(findings: 12, postgres: store == "postgres" ? await postgres.CreateDatabaseAsync() : null);
        lab.WriteConfig();

        using (var serve = ServeLab.StartServe(lab.Config))
        {
            await Poll.UntilAsync(() => lab.Verdicts().Count >= 2 && lab.Claimed().Count > 0, TimeSpan.FromSeconds(180));
            ServeLab.Kill(serve);
            await serve.WaitForExitAsync();
        }

        var inFlight = lab.Claimed();
        Assert.NotEmpty(inFlight);
        Assert.True(lab.Verdicts().Count < lab.Names.Count, "every finding was investigated before the process could be killed");

        using (var serve = ServeLab.StartServe(lab.Config))
        {
            await Poll.UntilAsync(() => lab.Verdicts().Count >= lab.Names.Count && lab.Queued() == 0, TimeSpan.FromSeconds(300));
            ServeLab.Kill(serve, "TERM");
            await serve.WaitForExitAsync();
            Assert.Equal(0, serve.ExitCode);
        }

        // One observation of each kind per finding: the attempt cut by the kill was redone under its first start time.
        var counts = lab.Query("SELECT f.name, o.kind, COUNT(*) FROM observations o JOIN findings f ON f.id = o.finding_id GROUP BY f.name, o.kind",
            r => (r.GetString(0), r.GetString(1), r.GetInt64(2)));
        foreach (var name in lab.Names)
        {
            Assert.All(InvestigationKinds, kind => Assert.Contains((name, kind, 1L), counts));
        }

        Assert.All(counts, c => Assert.Equal(1L, c.Item3));
        var verdicts = lab.Verdicts().ToDictionary(v => v.Name, v => v.At);
        Assert.All(inFlight, job => Assert.Equal(job.StartedAt, verdicts[job.Name]));

        // The finding's columns, and the genuine page's capture beside each screenshot with the similarity.
        var findings = lab.Query("SELECT name, verdict, screenshot_sha256 FROM findings", r => (r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)));
        Assert.All(findings, f => Assert.Equal("phishing", f.Item2));
        Assert.All(findings, f => Assert.NotNull(f.Item3));
        var genuine = lab.Query("""
            SELECT f.name, e.source_url, o.payload FROM evidence_items e JOIN observations o ON o.id = e.observation_id JOIN findings f ON f.id = o.finding_id
            WHERE e.kind = 'genuine-screenshot' AND o.kind = 'screenshot'
            """, r => (r.GetString(0), r.GetString(1), r.GetString(2)));
        Assert.Equal(lab.Names.Order(), genuine.Select(g => g.Item1).Order());
        Assert.All(genuine, g => Assert.Equal("http://genuine.lab.test/login", g.Item2));
        Assert.All(genuine, g => Assert.Contains("\"similarity\":", g.Item3, StringComparison.Ordinal));
        Assert.Single(lab.Query("SELECT DISTINCT e.sha256 FROM evidence_items e WHERE e.kind = 'genuine-screenshot'", r => r.GetString(0)));
    }

    [Fact]
    public async Task Serve_SameNameInTwoOrganisations_InvestigatedOnceAndFiledOnBoth()
    {
        await using var lab = await InvestigationLab.StartAsync(findings: 3, bothOrganisations: true);
        lab.WriteConfig();

        using (var serve = ServeLab.StartServe(lab.Config))
        {
            await Poll.UntilAsync(() => lab.Verdicts().Count >= 2 * lab.Names.Count && lab.Queued() == 0, TimeSpan.FromSeconds(240));
            ServeLab.Kill(serve, "TERM");
            await serve.WaitForExitAsync();
        }

        // One investigation a name: both findings carry its verdict under the same start time (to the tick; two
        // investigations would each be filed under the time their job was claimed).
        var verdicts = lab.Query("""
            SELECT f.name, g.slug, o.observed_at, o.summary FROM observations o JOIN findings f ON f.id = o.finding_id
            JOIN organisations g ON g.id = f.organisation_id WHERE o.kind = 'verdict'
            """, r => (Name: r.GetString(0), Organisation: r.GetString(1), At: r.GetString(2), Summary: r.GetString(3)));
        Assert.Equal(2 * lab.Names.Count, verdicts.Count);
        foreach (var name in lab.Names)
        {
            var both = verdicts.Where(v => v.Name == name).ToList();
            Assert.Equal(["cert-fr", "en-marche"], both.Select(v => v.Organisation).Order(StringComparer.Ordinal));
            Assert.Single(both.Select(v => (v.At, v.Summary)).Distinct());
        }

        Assert.All(lab.Query("SELECT verdict FROM findings", r => r.GetString(0)), v => Assert.Equal("phishing", v));
    }

    [Fact]
    public async Task Serve_KilledWhileInvestigating_ItsBrowserExitsAndItsProfileIsDeleted()
    {
        await using var lab = await InvestigationLab.StartAsync(findings: 4);
        lab.WriteConfig();
        var temp = Directory.CreateDirectory(lab.Folder.File("tmp")).FullName;

        using var serve = ServeLab.StartServe(lab.Config, temp);
        await Poll.UntilAsync(() => lab.Claimed().Count > 0 && BrowserProcesses.Under(temp).Count > 0, TimeSpan.FromSeconds(180));
        ServeLab.Kill(serve);
        await serve.WaitForExitAsync();

        await Poll.UntilAsync(() => BrowserProcesses.Profiles(temp).Count == 0 && BrowserProcesses.Under(temp).Count == 0, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Serve_DnsAnswerChanges_InvestigatedAgainAndVanishedNameGone()
    {
        await using var lab = await InvestigationLab.StartAsync(findings: 12);
        lab.WriteConfig(dnsCheck: "1", goneAfter: 2);
        var (changed, vanished, steady) = (lab.Names[0], lab.Names[1], lab.Names[2]);
        using var serve = ServeLab.StartServe(lab.Config);

        // The rate of investigations with screenshots through the whole service, from the first stored to the last
        // (Chromium's start left out): the figure of bench/README.md, "serve", printed rather than asserted.
        await Poll.UntilAsync(() => lab.Verdicts().Count >= 1, TimeSpan.FromSeconds(180));
        var first = DateTimeOffset.UtcNow;
        await Poll.UntilAsync(() => lab.Verdicts().Count >= lab.Names.Count, TimeSpan.FromSeconds(300));
        var elapsed = DateTimeOffset.UtcNow - first;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"vigie serve investigated {lab.Names.Count - 1} more findings with screenshots in {elapsed.TotalSeconds:0.0} s after the first: {(lab.Names.Count - 1) / elapsed.TotalMinutes:0} per minute"));
        await Poll.UntilAsync(() => lab.Query("SELECT COUNT(*) FROM finding_checks WHERE answer <> ''", r => r.GetInt64(0))[0] == lab.Names.Count, TimeSpan.FromSeconds(60));

        // The first copy gains a mail exchanger; the second disappears from the zone.
        await lab.Dns.ServeAsync(InvestigationLab.Zone(lab.Names.Skip(2))
            .Register(changed, InvestigationLab.Web.ToString(), ["ns1.lab.test"], ["mail.lab.test"]));
        await Poll.UntilAsync(() => Live(lab, vanished) == (0, "gone") && lab.Verdicts().Count(v => v.Name == changed) == 2, TimeSpan.FromSeconds(120));
        ServeLab.Kill(serve, "TERM");
        await serve.WaitForExitAsync();

        Assert.Equal(1, lab.Verdicts().Count(v => v.Name == steady));
        Assert.Equal((1, "new"), Live(lab, steady));
        var events = lab.Query($"SELECT t.to_state, t.actor, t.comment FROM triage_events t JOIN findings f ON f.id = t.finding_id WHERE f.name = '{vanished}'",
            r => (r.GetString(0), r.GetString(1), r.GetString(2)));
        Assert.Equal(("gone", "vigie serve", "NXDOMAIN on 2 DNS checks in a row"), Assert.Single(events));
    }

    private static (long Live, string State) Live(InvestigationLab lab, string name) =>
        lab.Query($"SELECT live, state FROM findings WHERE name = '{name}'", r => (r.GetInt64(0), r.GetString(1)))[0];
}
