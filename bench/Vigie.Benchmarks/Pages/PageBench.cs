using System.Diagnostics;
using System.Globalization;
using System.Net;
using Vigie.Core.Domains;
using Vigie.Core.Matching;
using Vigie.Core.Scoring;
using Vigie.Core.Watchlists;
using Vigie.Enrichment.Browser;
using Vigie.Enrichment.Dns;
using Vigie.Enrichment.Http;
using Vigie.Enrichment.Investigation;

namespace Vigie.Benchmarks.Pages;

/// <summary>
/// bench/pages/run.sh: every page of ../shared/data/pages served in a loopback web lab and judged by the
/// investigator, in process, end to end (the lab's unbound for DNS, the safe fetcher, the analysis, Chromium with
/// --screenshots), with the fixed watchlist of bench/pages/watchlist.yaml.
///   pages hosts PAGES_DIR TARGETS_CSV WATCHLIST [--legit-on-lookalikes]   the lab zone: one "host address" line per host
///   pages run NAMESERVER PAGES_DIR TARGETS_CSV WATCHLIST RESULTS_TSV [--screenshots] [--holdout | --tune] [--legit-on-lookalikes]
/// --tune judges the tuning part only, so developing never prints a held-out figure; --holdout the held-out part only;
/// --legit-on-lookalikes serves the legitimate pages under look-alike names of the watched brands (PageCorpus).
/// </summary>
internal static class PageBench
{
    private static readonly IPAddress WebAddress = IPAddress.Parse("127.0.6.1");

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["hosts", var folder, var targets, var list, .. var options])
        {
            foreach (var host in PageCorpus.Load(folder, targets, Lookalikes(options, WatchlistLoader.Load(list))).Select(p => p.Host).Distinct(StringComparer.Ordinal))
            {
                Console.WriteLine($"{host} {WebAddress}");
            }

            return 0;
        }

        if (args is not ["run", var server, var pagesFolder, var targetsCsv, var watchlistFile, var resultsFile, .. var flags])
        {
            Console.Error.WriteLine("usage: pages hosts PAGES_DIR TARGETS_CSV WATCHLIST [--legit-on-lookalikes] | pages run NAMESERVER PAGES_DIR TARGETS_CSV WATCHLIST RESULTS_TSV [--screenshots] [--holdout | --tune] [--legit-on-lookalikes]");
            return 2;
        }

        var screenshots = flags.Contains("--screenshots");
        var part = flags.Contains("--holdout") ? true : flags.Contains("--tune") ? false : (bool?)null;
        var watchlist = WatchlistLoader.Load(watchlistFile);
        var pages = PageCorpus.Load(pagesFolder, targetsCsv, Lookalikes(flags, watchlist)).Where(p => part is null || p.Holdout == part).ToList();
        var watched = WatchedLabels(watchlist).ToHashSet(StringComparer.Ordinal);
        var results = await InvestigateAllAsync(IPEndPoint.Parse(server), pages, watchlist, screenshots);
        await File.WriteAllLinesAsync(resultsFile, results.Select(r => string.Join('\t', r.Page.Id, r.Page.Label, r.Page.Target,
            r.Page.Holdout ? "holdout" : "tune", r.Page.Host, VerdictNames.Code(r.Verdict), r.Score.ToString(CultureInfo.InvariantCulture),
            string.Join(',', r.Features.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name}={f.Value:0.###}"))),
            string.Join("; ", r.Reasons).Replace('\t', ' '))));
        foreach (var (name, rows) in new[] { ("tune", results.Where(r => !r.Page.Holdout)), ("held out", results.Where(r => r.Page.Holdout)), ("all", results) })
        {
            if (rows.Any() && (part is null || name != "all"))
            {
                Console.WriteLine(PageFigures.Describe(name, [.. rows], watched));
            }
        }

        var times = results.Select(r => r.Elapsed.TotalSeconds).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"time per page ({(screenshots ? "with" : "without")} screenshot): mean {times.Average():F3} s, median {times[times.Count / 2]:F3} s, p95 {times[(int)(times.Count * 0.95)]:F3} s"));
        return 0;
    }

    /// <summary>The watched brands' labels to serve legitimate pages under, with --legit-on-lookalikes; else none.</summary>
    private static List<string>? Lookalikes(string[] flags, Watchlist watchlist) => flags.Contains("--legit-on-lookalikes") ? [.. WatchedLabels(watchlist)] : null;

    /// <summary>The registrable label of each watched domain and service: the brand keys of bench/pages/kit-targets.csv.</summary>
    private static IEnumerable<string> WatchedLabels(Watchlist watchlist) => watchlist.Domains.Concat(watchlist.Services).Select(d => DomainName.Parse(d).Label);

    private static async Task<List<PageResult>> InvestigateAllAsync(IPEndPoint server, List<CorpusPage> pages, Watchlist watchlist, bool screenshots)
    {
        using var resolver = new DnsResolver(new DnsResolverOptions { Servers = [server], Timeout = TimeSpan.FromSeconds(2) }, TimeProvider.System);
        SafeHttpFetcher Fetcher(bool follow) => new(new ConnectionGuard(new DnsHostAddressResolver(resolver), new AddressPolicy(AllowLoopback: true)),
            new FetchOptions { FollowRedirects = follow, TotalTimeout = TimeSpan.FromSeconds(5) }, TimeProvider.System);
        await using var pool = screenshots
            ? new ScreenshotPool(new BrowserOptions { PoolSize = 2, LoadTimeout = TimeSpan.FromSeconds(5) }, () => Fetcher(false), TimeProvider.System)
            : null;
        var investigator = new Investigator(resolver, () => Fetcher(true), pool, null, TimeProvider.System);
        var matcher = Matcher.Build(watchlist, MatcherOptions.Default with { MinScore = 0 });
        var target = InvestigationTarget.From(watchlist, []);
        await using var lab = await PageLab.StartAsync(WebAddress);
        var results = new PageResult[pages.Count];
        var done = 0;
        // Without a browser, one page at a time, so each page's time is its own; with one, the pool's two tabs.
        await Parallel.ForEachAsync(Enumerable.Range(0, pages.Count), new ParallelOptions { MaxDegreeOfParallelism = screenshots ? 2 : 1 }, async (i, cancel) =>
        {
            var page = pages[i];
            using var lease = await lab.LeaseAsync(page.Host, page.File);
            var clock = Stopwatch.StartNew();
            var domain = DomainName.Parse(page.Host);
            matcher.TryMatch(domain.Ascii, out var match);
            var report = await investigator.InvestigateAsync(domain, match, target, cancel);
            results[i] = new PageResult(page, report.Assessment.Verdict, report.Assessment.Score, report.Assessment.Reasons, RiskModel.Features(report.Facts), clock.Elapsed);
            if (Interlocked.Increment(ref done) % 50 == 0)
            {
                Console.Error.WriteLine($"pages: {done}/{pages.Count}");
            }
        });
        return [.. results];
    }
}
