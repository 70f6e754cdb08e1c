using Vigie.Enrichment.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Scan;

/// <summary>
/// A sweep scenario: 2,000 lookalike names of en-marche.fr of which 5% are registered, a wildcard TLD covering 30
/// names with one real registration inside it, a wildcard under a registered lookalike, and one name whose server
/// fails; the names file and the database live in a temp folder.
/// </summary>
internal sealed class ScanLab : IAsyncDisposable
{
    private readonly TempFolder folder = new();

    private ScanLab(List<string> names, LabZone zone, UnboundServer server)
    {
        Names = names;
        Zone = zone;
        Server = server;
        File.WriteAllLines(NamesFile, names);
    }

    public List<string> Names { get; }

    public LabZone Zone { get; }

    public UnboundServer Server { get; }

    public string NamesFile => folder.File("names.txt");

    public string Database => folder.File("vigie.db");

    public static async Task<ScanLab> StartAsync()
    {
        var names = Enumerable.Range(0, 2000).Select(i => $"en-marche{i}.fr").ToList();
        var zone = new LabZone();
        foreach (var name in names.Where((_, i) => i % 20 == 0))
        {
            zone.Register(name);
        }

        names.AddRange(Enumerable.Range(0, 30).Select(i => $"en-marche{i}.wildtld"));
        zone.Wildcard("wildtld", "127.0.9.9").Register("en-marche7.wildtld", "127.0.9.10");
        zone.Wildcard("en-marche0.fr", "127.0.1.1");
        names.Add("login.en-marche0.fr");
        names.Add("en-marche-fail.fr");
        zone.Fail("en-marche-fail.fr");
        return new ScanLab(names, zone, await UnboundServer.StartAsync(zone));
    }

    public string[] Args(params string[] extra) =>
        ["scan", "en-marche.fr", "--names", NamesFile, "--nameserver", Server.EndPoint.ToString(), "--db", Database,
            "--timeout", "500", "--retries", "2", .. extra];

    /// <summary>The rows of a CSV output as (name → (status, change)), the header dropped.</summary>
    public static Dictionary<string, (string Status, string Change)> Rows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(f => f[0], f => (f[1], f[2]), StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        folder.Dispose();
    }
}
