using Vigie.Core.Domains;
using Vigie.Core.Permutations;
using Vigie.Enrichment.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Scan;

/// <summary>
/// A sweep scenario on the permutations of en-marche.fr (the permute engine's, ~2,200 names): 5% of them
/// registered, wildcard TLDs (.xyz, and .work with one real registration inside), a wildcard under a registered
/// domain (*.che.fr catches "en-mar.che.fr"), and one name whose server fails (SERVFAIL).
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

    /// <summary>The same names in a file, for --names.</summary>
    public string NamesFile => folder.File("names.txt");

    public string Database => folder.File("vigie.db");

    public static async Task<ScanLab> StartAsync()
    {
        var names = new PermutationEngine().Generate(DomainName.Parse("en-marche.fr"), PermutationOptions.Default).Select(p => p.Ascii).ToList();
        var zone = new LabZone();
        var registrable = names.Where(n => n.EndsWith(".fr", StringComparison.Ordinal) && n.Count(c => c == '.') == 1).ToList();
        var count = (names.Count / 20) - 1; // plus en-marche.work below: exactly 5% of the names
        foreach (var i in Enumerable.Range(0, count))
        {
            zone.Register(registrable[i * registrable.Count / count]);
        }

        zone.Wildcard("xyz", "127.0.9.9").Wildcard("work", "127.0.9.9").Register("en-marche.work", "127.0.9.10");
        zone.Register("che.fr").Wildcard("che.fr", "127.0.1.1");
        zone.Fail(registrable[(registrable.Count / count) + 3]);
        return new ScanLab(names, zone, await UnboundServer.StartAsync(zone));
    }

    public string[] Args(params string[] extra) =>
        ["scan", "en-marche.fr", "--nameserver", Server.EndPoint.ToString(), "--db", Database,
            .. extra];

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
