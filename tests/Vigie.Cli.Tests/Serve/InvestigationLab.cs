using System.Data.Common;
using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Vigie.Enrichment.Tests.Support;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Serve;

/// <summary>
/// What the investigation tests of `vigie serve` start from: a real unbound resolving copy-N.lab.test and
/// genuine.lab.test to the lab web server on 127.0.6.3:80 (each copy-N serves a copy of the genuine sign-in page), and
/// a SQLite store where an organisation whose watchlist names that genuine page has one finding per copy.
/// </summary>
internal sealed class InvestigationLab : IAsyncDisposable
{
    public static readonly IPAddress Web = IPAddress.Parse("127.0.6.3");

    private readonly string? postgres;

    private InvestigationLab(UnboundServer dns, LabWebServer site, List<string> names, string? postgres)
    {
        this.postgres = postgres;
        Dns = dns;
        Site = site;
        Names = names;
    }

    public TempFolder Folder { get; } = new();

    /// <summary>The store: a SQLite file of the lab's folder, or a PostgreSQL database given at the start.</summary>
    public string Database => postgres ?? Folder.File("vigie.db");

    public string Config => Folder.File("vigie.yaml");

    public UnboundServer Dns { get; }

    public LabWebServer Site { get; }

    public List<string> Names { get; }

    public static LabZone Zone(IEnumerable<string> names) =>
        names.Aggregate(new LabZone().Register("genuine.lab.test", Web.ToString()), (zone, name) => zone.Register(name, Web.ToString()));

    /// <summary>
    /// The lab; with <paramref name="bothOrganisations"/> a second organisation, "A CERT", watching the same page files
    /// each name too; with <paramref name="postgres"/> (a connection string) the store is that PostgreSQL database.
    /// </summary>
    public static async Task<InvestigationLab> StartAsync(int findings, bool bothOrganisations = false, string? postgres = null)
    {
        var names = Enumerable.Range(1, findings).Select(i => string.Create(CultureInfo.InvariantCulture, $"copy-{i}.lab.test")).ToList();
        var lab = new InvestigationLab(await UnboundServer.StartAsync(Zone(names)), await LabWebServer.StartAsync(Web, 80), names, postgres);
        await using var database = VigieDatabase.Open(lab.Database);
        await Migrator.MigrateAsync(database, CancellationToken.None);
        var store = new FindingsStore(database, TimeProvider.System);
        const string Watchlist = "domains:\n  - en-marche.fr\nlogin_pages:\n  - http://genuine.lab.test/login\n";
        List<OrganisationDraft> organisations = [new("en-marche", "En Marche", "Europe/Paris", "organisation: En Marche\n" + Watchlist)];
        if (bothOrganisations)
        {
            organisations.Add(new("cert-fr", "A CERT", "UTC", "organisation: A CERT\n" + Watchlist));
        }

        foreach (var draft in organisations)
        {
            var organisation = await store.Organisations.CreateAsync(draft, CancellationToken.None);
            await store.Findings.RecordAsync([.. names.Select(n => new FindingReport(organisation.Id, n, "en-marche.fr", ["combosquat"], 90,
                $"{n} imitates en-marche.fr", SourceKind.Manual, "lab", DateTimeOffset.UtcNow, true))], CancellationToken.None);
        }
        return lab;
    }

    /// <summary>Investigations of every finding, on loopback through the lab's unbound, DNS re-checked every <paramref name="dnsCheck"/>.</summary>
    public void WriteConfig(string dnsCheck = "1h", int goneAfter = 3, bool screenshots = true) => File.WriteAllText(Config, $"""
        data: {Folder.Path}
        {ServeLab.DatabaseLineFor(Database)}
        listen: http://127.0.0.1:0
        investigate:
          min_score: 80
          concurrency: 2
          screenshots: {(screenshots ? "true" : "false")}
          timeout: 5
          allow_loopback: true
          nameservers: [{Dns.EndPoint}]
          dns_check: {dnsCheck}
          gone_after: {goneAfter}
        """);

    /// <summary>(name, observed at) of every verdict observation stored.</summary>
    public List<(string Name, string At)> Verdicts() =>
        Query("SELECT f.name, o.observed_at FROM observations o JOIN findings f ON f.id = o.finding_id WHERE o.kind = 'verdict' ORDER BY o.observed_at",
            r => (r.GetString(0), r.GetString(1)));

    /// <summary>(name, start time) of every job a worker claimed and did not complete.</summary>
    public List<(string Name, string StartedAt)> Claimed() =>
        Query("SELECT f.name, j.started_at FROM investigation_jobs j JOIN findings f ON f.id = j.finding_id WHERE j.started_at IS NOT NULL",
            r => (r.GetString(0), r.GetString(1)));

    public long Queued() => Query("SELECT COUNT(*) FROM investigation_jobs", r => r.GetInt64(0))[0];

    public List<T> Query<T>(string sql, Func<DbDataReader, T> read) => ServeLab.Query(Database, sql, read);

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        await Dns.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Folder.Dispose();
    }
}
