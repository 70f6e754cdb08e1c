using System.Diagnostics;
using System.Globalization;
using Vigie.TestSupport;
using Vigie.TestSupport.CertificateTransparency;
using Xunit.Abstractions;

namespace Vigie.Cli.Tests.Watch;

/// <summary>The real CLI (the build's apphost) against a local CT log: killed halfway, and timed from entry to printed match.</summary>
public sealed class WatchProcessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Watch_KilledTwiceMidBatch_EveryLookalikeReportedExactlyOnce()
    {
        await using var lab = await WatchLab.StartAsync(LocalCtLogKind.Rfc6962, 100, 12);
        lab.Log.MaxEntriesPerAnswer = 16;
        lab.Log.AnswerDelay = TimeSpan.FromMilliseconds(30);
        var printed = new List<string>();

        foreach (var (args, killAfter) in new[] { (lab.Args("--from", "0"), 10), (lab.Args(), 60) })
        {
            using var watch = Start(args);
            var lines = new List<string>();
            var reading = ReadLinesAsync(watch.StandardOutput, lines);
            await Poll.UntilAsync(() => Count(lines) >= killAfter, TimeSpan.FromSeconds(60));
            Kill(watch);
            await watch.WaitForExitAsync();
            await reading;
            Assert.True(Count(lines) < lab.Lookalikes.Count, "the process finished before it could be killed");
            printed.AddRange(lines.Select(l => l.Split('\t')[1]));
        }

        using (var last = Start(lab.Args("--once")))
        {
            var lines = new List<string>();
            var reading = ReadLinesAsync(last.StandardOutput, lines);
            await last.WaitForExitAsync();
            await reading;
            Assert.Equal(0, last.ExitCode);
            printed.AddRange(lines.Select(l => l.Split('\t')[1]));
        }

        Assert.Equal(lab.Lookalikes.Order(StringComparer.Ordinal), printed.Order(StringComparer.Ordinal));
        Assert.Equal(lab.Lookalikes.Order(StringComparer.Ordinal), lab.StoredNames().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Watch_EntryAppearsOnLog_MatchPrintedWithinFiveSeconds()
    {
        await using var lab = await WatchLab.StartAsync(LocalCtLogKind.Tiled, 1, 0);
        using var watch = Start(lab.Args("--poll", "0.5"));
        var lines = new List<string>();
        var reading = ReadLinesAsync(watch.StandardOutput, lines);
        await Poll.UntilAsync(() => lab.Log.Requests.Count(r => r == "checkpoint") >= 2, TimeSpan.FromSeconds(30));

        var clock = Stopwatch.StartNew();
        lab.Log.AddCertificate("secure-en-marche.com");
        await Poll.UntilAsync(() => Count(lines) >= 1, TimeSpan.FromSeconds(30));
        var latency = clock.Elapsed;
        Kill(watch);
        await watch.WaitForExitAsync();
        await reading;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entry -> printed match: {latency.TotalMilliseconds:0} ms"));
        Assert.Equal("secure-en-marche.com", lines[0].Split('\t')[1]);
        Assert.True(latency < TimeSpan.FromSeconds(5), $"{latency.TotalMilliseconds} ms");
    }

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "vigie"), args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) => Console.Error.WriteLine(e.Data);
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task ReadLinesAsync(StreamReader reader, List<string> lines)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (lines)
            {
                lines.Add(line);
            }
        }
    }

    private static int Count(List<string> lines)
    {
        lock (lines)
        {
            return lines.Count;
        }
    }

    private static void Kill(Process process)
    {
        using var kill = Process.Start("kill", ["-KILL", process.Id.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }
}
