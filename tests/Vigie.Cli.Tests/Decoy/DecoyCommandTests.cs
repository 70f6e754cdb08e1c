using System.Text.Json;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Decoy;

public sealed class DecoyCommandTests
{
    [Fact]
    public async Task Generate_JsonThenListThenWatchOnce_PasswordShownOnceAndTheUseFound()
    {
        using var folder = new TempFolder();
        var db = folder.File("vigie.db");

        var (code, stdout, stderr) = await VigieAppTests.RunAsync("decoy", "generate", "--domain", "en-marche.fr", "--count", "3", "--pattern", "f.last", "--format", "json", "--db", db);
        var generated = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Select(e => (e.GetProperty("username").GetString()!, e.GetProperty("password").GetString()!)).ToList();
        var (listCode, list, _) = await VigieAppTests.RunAsync("decoy", "list", "--db", db);
        var log = folder.File("auth.log");
        await File.WriteAllTextAsync(log, $"Dec  1 10:00:01 mx sshd[2]: Failed password for invalid user {generated[1].Item1.Split('@')[0]} from 198.51.100.1 port 4 ssh2\n");
        var (watchCode, alerts, _) = await VigieAppTests.RunAsync("decoy", "watch", "--format", "syslog", "--once", "--db", db, log);
        var (againCode, again, _) = await VigieAppTests.RunAsync("decoy", "watch", "--format", "syslog", "--once", "--db", db, log);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (code, listCode));
        Assert.Contains("only time they are shown", stderr, StringComparison.Ordinal);
        Assert.Equal(3, generated.Count);
        Assert.All(generated, g => Assert.Contains(g.Item1, list, StringComparison.Ordinal));
        Assert.All(generated, g => Assert.DoesNotContain(g.Item2, list, StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Found, watchCode);
        Assert.Contains($"DECOY USED: {generated[1].Item1}", alerts, StringComparison.Ordinal);
        Assert.Contains("198.51.100.1", alerts, StringComparison.Ordinal);
        Assert.Equal((ExitCodes.Success, ""), (againCode, again));
    }

    [Theory]
    [InlineData("decoy", "generate", "--domain", "en-marche.fr", "--pattern", "middle.last")]
    [InlineData("decoy", "generate", "--domain", "not a domain")]
    [InlineData("decoy", "watch", "--format", "splunk", "x.log")]
    [InlineData("decoy", "submit", "999")]
    public async Task BadInput_OneLineAndExitCode2(params string[] args)
    {
        using var folder = new TempFolder();
        var (code, _, stderr) = await VigieAppTests.RunAsync([.. args, "--db", folder.File("vigie.db")]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("vigie: ", stderr, StringComparison.Ordinal);
    }
}
