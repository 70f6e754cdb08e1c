using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Serve;

/// <summary>`vigie serve --check-config` with the pipeline's ct: section (apart from ServeCommandTests of branch web, which covers the other sections).</summary>
public sealed class ServeCommandCtTests
{
    [Fact]
    public async Task CheckConfig_CtSection_PrintsTheLogsAndSucceeds()
    {
        using var folder = new TempFolder();
        var config = folder.File("vigie.yaml");
        await File.WriteAllTextAsync(config, $"data: {folder.Path}\nct:\n  logs: [all, http://127.0.0.1:9/log/]\n  lists: bundled\n  start: beginning\n");

        var (code, stdout, stderr) = await VigieAppTests.RunAsync("serve", "--config", config, "--check-config");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("  ct: every usable log of the bundled lists, http://127.0.0.1:9/log/; new logs from their first entry, poll 10 s, 8 requests/s, 5 retries", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_CtWithoutLogs_OneLineExit2()
    {
        using var folder = new TempFolder();
        var config = folder.File("vigie.yaml");
        await File.WriteAllTextAsync(config, "ct:\n  start: head\n");

        var (code, _, stderr) = await VigieAppTests.RunAsync("serve", "--config", config, "--check-config");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("vigie.yaml line 2, ct: no log to follow", stderr, StringComparison.Ordinal);
    }
}
