using System.Runtime.InteropServices;
using Vigie.Core.Matching;
using Vigie.Core.Watchlists;

namespace Vigie.Benchmarks.Matching;

/// <summary>
/// `Vigie.Benchmarks matcher-cpu [ASSETS] [PASSES]`: the names of <see cref="MatcherBenchmarks"/> screened in a loop,
/// timed by the thread's own CPU clock (CLOCK_THREAD_CPUTIME_ID) rather than the wall clock, so that two builds run
/// one after the other on a machine shared with other jobs can be compared: the time the thread waits for a core
/// is left out (its caches still suffer from the neighbours, so alternate the runs). bench/README.md, "match".
/// </summary>
internal static class MatcherCpuLoop
{
    private const int ThreadCpuClock = 3;

    public static int Run(string[] args)
    {
        var assets = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        var passes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15;
        var names = SyntheticNames.Names(200_000, seed: 42);
        var matcher = Matcher.Build(WatchlistLoader.FromDomains(SyntheticNames.Watchlist(assets)), MatcherOptions.Default);
        var found = 0;
        // Enough passes for the JIT's last tier to replace the first ones.
        for (var pass = 0; pass < 4; pass++)
        {
            found = Screen(matcher, names);
        }

        var times = new List<double>();
        for (var pass = 0; pass < passes; pass++)
        {
            var start = Now();
            Screen(matcher, names);
            times.Add((Now() - start) / names.Length);
        }

        times.Sort();
        Console.WriteLine($"{assets} watched domains: thread CPU {times[0]:F0} ns min, {times[times.Count / 2]:F0} ns median a name over {passes} passes of {names.Length:N0} names ({found} matched a pass)");
        return 0;
    }

    private static int Screen(Matcher matcher, string[] names)
    {
        var found = 0;
        foreach (var name in names)
        {
            found += matcher.TryMatch(name, out _) ? 1 : 0;
        }

        return found;
    }

    private static double Now()
    {
        _ = clock_gettime(ThreadCpuClock, out var now);
        return (now.Seconds * 1e9) + now.Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
