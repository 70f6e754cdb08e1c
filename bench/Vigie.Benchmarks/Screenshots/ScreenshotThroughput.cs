using System.Diagnostics;
using System.Globalization;
using System.Net;
using Vigie.Enrichment.Browser;
using Vigie.Enrichment.Dns;
using Vigie.Enrichment.Http;

namespace Vigie.Benchmarks.Screenshots;

/// <summary>
/// Screenshots per minute of the pool (bench/investigate/run.sh): `screenshots NAMESERVER URLS_FILE POOL_SIZE…`.
/// Each pool size gets a fresh Chromium, one warm-up page (browser start, reported apart), then every URL at once
/// (the pool bounds how many render together). Memory is the proportional set size (PSS, shared pages split
/// between processes) of this process and every Chromium process under it, sampled every 100 ms.
/// </summary>
internal static class ScreenshotThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var resolver = new DnsResolver(new DnsResolverOptions { Servers = [IPEndPoint.Parse(args[0])] }, TimeProvider.System);
        var urls = File.ReadAllLines(args[1]).Where(l => l.Length > 0).Select(l => new Uri(l)).ToList();
        foreach (var size in args.Skip(2).Select(a => int.Parse(a, CultureInfo.InvariantCulture)))
        {
            await using var pool = new ScreenshotPool(new BrowserOptions { PoolSize = size }, () => new SafeHttpFetcher(
                new ConnectionGuard(new DnsHostAddressResolver(resolver), new AddressPolicy(AllowLoopback: true)),
                new FetchOptions { FollowRedirects = false }, TimeProvider.System), TimeProvider.System);
            var warm = Stopwatch.StartNew();
            await pool.CaptureAsync(urls[0], CancellationToken.None);
            var start = warm.Elapsed;
            using var sampling = new CancellationTokenSource();
            var peak = SamplePeakAsync(sampling.Token);
            var clock = Stopwatch.StartNew();
            var shots = await Task.WhenAll(urls.Select(u => pool.CaptureAsync(u, CancellationToken.None)));
            var elapsed = clock.Elapsed;
            await sampling.CancelAsync();
            var ok = shots.Count(s => s.Png.Length > 0);
            var peakKb = await peak;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pool {size}: {ok}/{urls.Count} screenshots in {elapsed.TotalSeconds:F1} s = {ok / elapsed.TotalMinutes:F0} screenshots/min; browser start + first page {start.TotalSeconds:F1} s; peak PSS {peakKb / 1024:F0} MB"));
            foreach (var failed in shots.Where(s => s.Png.Length == 0).Take(1))
            {
                Console.WriteLine($"  first failure: {failed.Url}: {failed.Error}; {string.Join("; ", failed.BlockedRequests)}");
            }
        }

        return 0;
    }

    private static async Task<double> SamplePeakAsync(CancellationToken cancellationToken)
    {
        double peak = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            peak = Math.Max(peak, TreePssKb(Environment.ProcessId));
            try
            {
                await Task.Delay(100, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return peak;
    }

    private static double TreePssKb(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                    // The process ended while we looked.
                }
            }
        }

        var tree = new HashSet<int> { root };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (pid, parent) in parents)
            {
                if (tree.Contains(parent) && tree.Add(pid))
                {
                    grew = true;
                }
            }
        }

        return tree.Sum(pid =>
        {
            try
            {
                var line = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
                return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                return 0;
            }
        });
    }
}
