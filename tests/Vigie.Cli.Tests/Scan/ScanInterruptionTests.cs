using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Scan;

/// <summary>
/// The scan as a separate process, stopped halfway: by SIGTERM or SIGINT (clean stop, partial output) and by SIGKILL
/// (no chance to clean up). Either way the database stays consistent and the next run completes the sweep,
/// reporting exactly what an uninterrupted run reports.
/// </summary>
public sealed class ScanInterruptionTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Scan_SignalHalfway_PartialOutputExit130AndNextRunCompletes(string signal)
    {
        await using var lab = await ScanLab.StartAsync();
        using var process = StartSlowScan(lab);
        await WaitForSavedNamesAsync(lab, 40);

        Signal(process, signal);
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == ExitCodes.Interrupted, stderr);
        Assert.Contains("the next run resumes", stderr, StringComparison.Ordinal);
        var partial = ScanLab.Rows(stdout);
        Assert.InRange(partial.Count, 40, lab.Names.Count - 1);
        await AssertNextRunCompletesAsync(lab);
    }

    [Fact]
    public async Task Scan_KilledHalfway_DatabaseConsistentAndNextRunCompletes()
    {
        await using var lab = await ScanLab.StartAsync();
        using var process = StartSlowScan(lab);
        await WaitForSavedNamesAsync(lab, 40);

        process.Kill();
        await process.WaitForExitAsync();

        await using (var connection = new SqliteConnection($"Data Source={lab.Database}"))
        {
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", await check.ExecuteScalarAsync());
        }

        await AssertNextRunCompletesAsync(lab);
    }

    [Fact]
    public async Task Scan_NameServersSilent_OneLineExit3AndNextRunCompletes()
    {
        await using var lab = await ScanLab.StartAsync();
        var closed = $"127.0.0.1:{LoopbackPorts.FreeTcp()}";
        var args = lab.Args("--format", "csv", "--timeout", "100", "--retries", "0", "--concurrency", "8");

        var silent = await VigieAppTests.RunAsync([.. args.Select(a => a == lab.Server.EndPoint.ToString() ? closed : a)]);

        Assert.True(silent.Code == ExitCodes.Failure, silent.Stderr);
        var line = Assert.Single(silent.Stderr.TrimEnd().Split('\n'));
        Assert.Contains($"via {closed}: stopped after ", line, StringComparison.Ordinal);
        Assert.Contains("the name servers did not answer 50 names in a row", line, StringComparison.Ordinal);
        Assert.Contains("saved, the next run resumes", line, StringComparison.Ordinal);
        Assert.DoesNotContain(",registered,", silent.Stdout, StringComparison.Ordinal);
        await AssertNextRunCompletesAsync(lab);
    }

    /// <summary>The resumed run reports what a run on a fresh database reports, and the run is then recorded complete.</summary>
    private static async Task AssertNextRunCompletesAsync(ScanLab lab)
    {
        var resumed = await VigieAppTests.RunAsync(lab.Args("--format", "csv"));
        var reference = await VigieAppTests.RunAsync([.. lab.Args("--format", "csv").Select(a => a == lab.Database ? a + ".reference" : a)]);

        Assert.True(resumed.Code == ExitCodes.Success, resumed.Stderr);
        Assert.True(reference.Code == ExitCodes.Success, reference.Stderr);
        Assert.Contains("resumed run 1", resumed.Stderr, StringComparison.Ordinal);
        Assert.Equal(ScanLab.Rows(reference.Stdout).OrderBy(r => r.Key, StringComparer.Ordinal), ScanLab.Rows(resumed.Stdout).OrderBy(r => r.Key, StringComparer.Ordinal));
        await using var connection = new SqliteConnection($"Data Source={lab.Database}");
        await connection.OpenAsync();
        await using var runs = connection.CreateCommand();
        runs.CommandText = "SELECT COUNT(*), SUM(complete) FROM scan_runs";
        await using var reader = await runs.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal((1L, 1L), (reader.GetInt64(0), reader.GetInt64(1)));
    }

    /// <summary>The real CLI (the build's apphost), rate-limited to about 400 queries/s so that it can be caught halfway.</summary>
    private static Process StartSlowScan(ScanLab lab)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "vigie"), lab.Args("--format", "csv", "--rate", "400", "--concurrency", "8"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start)!;
    }

    private static async Task WaitForSavedNamesAsync(ScanLab lab, int count)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
            if (!File.Exists(lab.Database))
            {
                continue;
            }

            try
            {
                await using var connection = new SqliteConnection($"Data Source={lab.Database};Mode=ReadOnly");
                await connection.OpenAsync();
                await using var saved = connection.CreateCommand();
                saved.CommandText = "SELECT COUNT(*) FROM scan_names";
                if ((long)(await saved.ExecuteScalarAsync())! >= count)
                {
                    return;
                }
            }
            catch (SqliteException)
            {
                // The schema is not there yet.
            }
        }

        throw new TimeoutException($"the scan did not save {count} names within 30 s");
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }
}
