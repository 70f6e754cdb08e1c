using System.Text;
using BenchmarkDotNet.Attributes;
using Vigie.Core.Matching;
using Vigie.Core.Watchlists;
using Vigie.Sources.CertificateTransparency;
using Vigie.TestSupport;

namespace Vigie.Benchmarks.CertificateTransparency;

/// <summary>
/// Entries per second per core for the CT read path: each operation reads 1,024 real entries, so
/// entries/s = 1,024 / mean time. Target: 20,000 entries/s per core (issue 5; all logs together add
/// 300–1,000 entries/s, backfill is where speed matters). See bench/README.md, "ct".
/// </summary>
[MemoryDiagnoser]
public class CtParseBenchmarks
{
    private const int Entries = 1024;
    private byte[][] dataTiles = [];
    private byte[][] namesTiles = [];
    private byte[] getEntries = [];
    private Matcher matcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A watchlist of the brands the navigli entries imitate or resemble, so the matcher does real work.
        matcher = Matcher.Build(WatchlistLoader.FromDomains(["en-marche.fr", "microsoft.com", "google.com", "paypal.com", "ledger.com"]), MatcherOptions.Default);
        dataTiles = Enumerable.Range(0, 4).Select(t => File.ReadAllBytes(SharedData.Path($"ct/static-ct-navigli2025h2/tile/data/{t:000}"))).ToArray();
        namesTiles = Enumerable.Range(0, 4).Select(t => File.ReadAllBytes(SharedData.Path($"ct/static-ct-navigli2025h2/tile/names/{t:000}"))).ToArray();

        // A 1,024-entry get-entries body made of the real 2013 x509 entries, repeated: RFC 6962 logs
        // answer with up to 1,024 entries per call.
        var json = Encoding.UTF8.GetString(File.ReadAllBytes(SharedData.Path("ct/rfc6962-get-entries/get-entries-0-3.json")));
        var start = json.IndexOf('[', StringComparison.Ordinal) + 1;
        var items = json[start..json.LastIndexOf(']')].Trim();
        getEntries = Encoding.UTF8.GetBytes("{\"entries\":[" + string.Join(',', Enumerable.Repeat(items, Entries / 4)) + "]}");
    }

    [Benchmark(OperationsPerInvoke = Entries, Description = "static-ct data tiles (precert, leaf hash)")]
    public int DataTiles()
    {
        var names = 0;
        for (var t = 0; t < dataTiles.Length; t++)
        {
            foreach (var entry in DataTileReader.Read(dataTiles[t], t * 256L))
            {
                names += entry.Names.Count;
            }
        }

        return names;
    }

    [Benchmark(OperationsPerInvoke = Entries, Description = "static-ct data tiles + match")]
    public int DataTilesAndMatch()
    {
        var matches = 0;
        for (var t = 0; t < dataTiles.Length; t++)
        {
            matches += MatchAll(DataTileReader.Read(dataTiles[t], t * 256L));
        }

        return matches;
    }

    [Benchmark(OperationsPerInvoke = Entries, Description = "RFC 6962 get-entries JSON + match")]
    public int GetEntriesJsonAndMatch() => MatchAll(GetEntriesParser.Parse(getEntries, 0));

    [Benchmark(OperationsPerInvoke = Entries, Description = "static-ct names tiles")]
    public int NamesTiles()
    {
        var names = 0;
        for (var t = 0; t < namesTiles.Length; t++)
        {
            foreach (var entry in NamesTileReader.Read(namesTiles[t], t * 256L))
            {
                names += entry.Names.Count;
            }
        }

        return names;
    }

    [Benchmark(OperationsPerInvoke = Entries, Description = "RFC 6962 get-entries JSON (x509, leaf hash)")]
    public int GetEntriesJson()
    {
        var names = 0;
        foreach (var entry in GetEntriesParser.Parse(getEntries, 0))
        {
            names += entry.Names.Count;
        }

        return names;
    }

    private int MatchAll(List<CtEntry> entries)
    {
        var matches = 0;
        foreach (var entry in entries)
        {
            foreach (var name in entry.Names)
            {
                if (matcher.TryMatch(name, out _))
                {
                    matches++;
                }
            }
        }

        return matches;
    }
}
