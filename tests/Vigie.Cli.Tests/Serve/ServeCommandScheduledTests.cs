using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Serve;

/// <summary>`vigie serve --check-config` with the scheduled sources: sweeps, NRD lists, zone files.</summary>
public sealed class ServeCommandScheduledTests
{
    [Fact]
    public async Task CheckConfig_ScheduledSections_PrintsEachAndSucceeds()
    {
        using var folder = new TempFolder();
        var config = folder.File("vigie.yaml");
        await File.WriteAllTextAsync(config, $"""
            data: {folder.Path}
            sweeps:
              nameservers: 127.0.0.1:5353
              rate: 0
            nrd:
              lists: nrd.txt
            zones:
              files: [http://127.0.0.1:9/fr.zone.gz]
              schedule: "0 6 * * *"
            """);

        var (code, stdout, stderr) = await VigieAppTests.RunAsync("serve", "--config", config, "--check-config");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("  sweeps: every organisation's permutations at '0 3 * * *' (its time zone) via 127.0.0.1:5353, 64 at once, no rate limit, timeout 2000 ms, 2 retries\n", stdout, StringComparison.Ordinal);
        Assert.Contains($"  nrd: {folder.File("nrd.txt")} at '@hourly' (UTC)\n", stdout, StringComparison.Ordinal);
        Assert.Contains("  zones: http://127.0.0.1:9/fr.zone.gz at '0 6 * * *' (UTC)\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_BadSchedule_OneLineExit2()
    {
        using var folder = new TempFolder();
        var config = folder.File("vigie.yaml");
        await File.WriteAllTextAsync(config, "sweeps:\n  schedule: every day\n");

        var (code, _, stderr) = await VigieAppTests.RunAsync("serve", "--config", config, "--check-config");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("vigie.yaml line 2, sweeps.schedule: 'every day' is not a cron expression", stderr, StringComparison.Ordinal);
    }
}
