using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigie.Core.Matching;
using Vigie.Core.Watchlists;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.TestSupport;
using Vigie.TestSupport.CertificateTransparency;

namespace Vigie.Cli.Tests.Serve;

/// <summary>
/// `vigie serve` as a separate process (the build's apphost) over a SQLite store with two organisations watching
/// en-marche.fr, and local CT logs holding lookalikes among benign names: what each kill-and-restart test starts from.
/// </summary>
internal sealed class ServeLab : IAsyncDisposable
{
    public const string Watchlist = "domains:\n  - en-marche.fr\n";
    private static readonly string[] Services = ["login", "secure", "onedrive", "office", "mail", "account", "verify", "support", "webmail", "portal"];
    private static readonly string[] Tlds = ["fr", "com", "net", "org", "info", "online", "site", "xyz", "eu", "co"];

    public TempFolder Folder { get; } = new();

    public string Database => Folder.File("vigie.db");

    public string Config => Folder.File("vigie.yaml");

    public List<LocalCtLog> Logs { get; } = [];

    /// <summary>Each lookalike put in a log, by log, with its entry index: what the store must end up holding.</summary>
    public List<(LocalCtLog Log, string Name, long Index)> Lookalikes { get; } = [];

    public static async Task<ServeLab> StartAsync(int logs, int lookalikes, int benignPerLookalike)
    {
        var lab = new ServeLab();
        await using (var database = VigieDatabase.Open(lab.Database))
        {
            await Migrator.MigrateAsync(database, CancellationToken.None);
            var store = new FindingsStore(database, TimeProvider.System);
            await store.Organisations.CreateAsync(new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", Watchlist), CancellationToken.None);
            await store.Organisations.CreateAsync(new OrganisationDraft("cert-fr", "A CERT", "UTC", Watchlist), CancellationToken.None);
        }

        var matcher = Matcher.Build(WatchlistLoader.Parse(Watchlist, "watchlist"), MatcherOptions.Default);
        var names = LookalikeNames(lookalikes);
        for (var l = 0; l < logs; l++)
        {
            var log = await LocalCtLog.StartAsync(LocalCtLogKind.Rfc6962);
            lab.Logs.Add(log);
            for (var i = 0; i < names.Count; i++)
            {
                for (var b = 0; b < benignPerLookalike; b++)
                {
                    log.AddCertificate($"shop{i}-{b}.example.org");
                }

                Assert.True(matcher.TryMatch(names[i], out _), names[i]);
                lab.Lookalikes.Add((log, names[i], log.AddCertificate(names[i])));
            }
        }

        return lab;
    }

    /// <summary>Names the matcher reports as lookalikes of en-marche.fr ("login-en-marche.fr", ...).</summary>
    public static List<string> LookalikeNames(int count) => Services.SelectMany(s => Tlds.Select(t => $"{s}-en-marche.{t}")).Take(count).ToList();

    /// <summary>Writes the configuration: every log of the lab from its first entry, polled often, one retry per request.</summary>
    public void WriteConfig(params LocalCtLog[] logs)
    {
        var urls = string.Join(", ", logs.Select(l => l.Prefix.ToString()));
        File.WriteAllText(Config, $"""
            data: {Folder.Path}
            listen: http://127.0.0.1:0
            ct:
              logs: [{urls}]
              start: beginning
              poll: 0.1
              retries: 1
              max_backoff: 2
            """);
    }

    /// <summary>Writes a configuration with these pipeline sections (YAML, at the top level) and no CT log.</summary>
    public void WriteConfig(string sections) =>
        File.WriteAllText(Config, $"data: {Folder.Path}\nlisten: http://127.0.0.1:0\n{sections}\n");

    public Process StartServe() => StartServe(Config);

    /// <summary>`vigie serve --config CONFIG` as a process whose output goes to the test's.</summary>
    public static Process StartServe(string config)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "vigie"), ["serve", "--config", config])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Console.Out.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => Console.Error.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>(organisation slug, name, source detail) of every CT source row stored.</summary>
    public List<(string Organisation, string Name, string Detail)> StoredCtSources() =>
        Query("""
            SELECT o.slug, f.name, s.detail FROM finding_sources s JOIN findings f ON f.id = s.finding_id
            JOIN organisations o ON o.id = f.organisation_id WHERE s.kind = 'ct'
            """, r => (r.GetString(0), r.GetString(1), r.GetString(2)));

    /// <summary>Every CT source status row: id, position, size, last error.</summary>
    public List<(string Id, long Position, long Size, string? Error)> CtStatus() =>
        Query("SELECT source_id, position, size, last_error FROM source_status WHERE kind = 'ct' ORDER BY source_id",
            r => (r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.IsDBNull(3) ? null : r.GetString(3)));

    public long CountFindings() => Query("SELECT COUNT(*) FROM findings", r => r.GetInt64(0))[0];

    public static void Kill(Process process, string signal = "KILL")
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var log in Logs)
        {
            await log.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Folder.Dispose();
    }

    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> read) => Query(Database, sql, read);

    /// <summary>Rows of <paramref name="sql"/> read from the SQLite file, on a connection of its own (the server process writes meanwhile).</summary>
    public static List<T> Query<T>(string database, string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = sql;
        using var reader = select.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
