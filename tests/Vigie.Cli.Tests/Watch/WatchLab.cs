using Microsoft.Data.Sqlite;
using Vigie.Core.Matching;
using Vigie.Core.Watchlists;
using Vigie.TestSupport;
using Vigie.TestSupport.CertificateTransparency;

namespace Vigie.Cli.Tests.Watch;

/// <summary>A local CT log holding the real fixtures, benign names and lookalikes of en-marche.fr, with a watchlist and a database path.</summary>
internal sealed class WatchLab : IAsyncDisposable
{
    private static readonly string[] Services = ["login", "secure", "onedrive", "office", "mail", "account", "verify", "support", "webmail", "portal"];
    private static readonly string[] Tlds = ["fr", "com", "net", "org", "info", "online", "site", "xyz", "eu", "co"];

    private WatchLab(LocalCtLog log, TempFolder folder)
    {
        Log = log;
        Folder = folder;
        File.WriteAllText(Watchlist, "domains:\n  - en-marche.fr\n");
    }

    public LocalCtLog Log { get; }

    public TempFolder Folder { get; }

    public string Watchlist => Folder.File("watchlist.yaml");

    public string Database => Folder.File("vigie.db");

    /// <summary>The names put in the log that the matcher reports: each lookalike and, when it matches too, its www. name.</summary>
    public List<string> Lookalikes { get; } = [];

    public static async Task<WatchLab> StartAsync(LocalCtLogKind kind, int lookalikes, int benignPerLookalike)
    {
        var lab = new WatchLab(await LocalCtLog.StartAsync(kind), new TempFolder());
        lab.Log.AddRealFixtures();
        var matcher = Matcher.Build(WatchlistLoader.Load(lab.Watchlist), MatcherOptions.Default);
        var names = Services.SelectMany(s => Tlds.Select(t => $"{s}-en-marche.{t}")).Take(lookalikes).ToList();
        Assert.Equal(lookalikes, names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            Assert.True(matcher.TryMatch(names[i], out _), names[i]);
            for (var b = 0; b < benignPerLookalike; b++)
            {
                lab.Log.AddCertificate($"shop{i}-{b}.example.org");
            }

            lab.Log.AddCertificate(names[i], "www." + names[i]);
            lab.Lookalikes.Add(names[i]);
            if (matcher.TryMatch("www." + names[i], out _))
            {
                lab.Lookalikes.Add("www." + names[i]);
            }
        }

        return lab;
    }

    public string[] Args(params string[] more) =>
        ["watch", "--watchlist", Watchlist, "--ct-log", Log.Prefix.ToString(), "--db", Database, .. more.Contains("--poll") ? more : ["--poll", "0.1", .. more]];

    /// <summary>The names column of the match lines (time, name, target, score, techniques, source, explanation).</summary>
    public static List<string> PrintedNames(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[1])];

    public List<string> StoredNames()
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT name FROM watch_findings";
        using var reader = select.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public async ValueTask DisposeAsync()
    {
        await Log.DisposeAsync();
        Folder.Dispose();
    }
}
