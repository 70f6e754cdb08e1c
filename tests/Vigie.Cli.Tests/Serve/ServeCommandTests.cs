using Vigie.Cli.Tests.Support;
using Vigie.Storage.Database;
using Vigie.Storage.Users;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Serve;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task CheckConfig_SampleOfDeploy_PrintsWhatWouldBeUsed()
    {
        var sample = Path.Combine(SharedData.RepoRoot, "deploy", "vigie.yaml");
        var (code, stdout, stderr) = await VigieAppTests.RunAsync("serve", "--config", sample, "--check-config", "--urls", "http://127.0.0.1:8090");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        Assert.Contains("db: /var/lib/vigie/vigie.db", stdout, StringComparison.Ordinal);
        Assert.Contains("listen: http://127.0.0.1:8090", stdout, StringComparison.Ordinal);
        Assert.Contains("investigate: findings scoring 70+, 2 at once, screenshots on, timeout 20 s, loopback refused, name servers of /etc/resolv.conf, re-investigated every 24 h, DNS checked every 60 min, gone after 3 NXDOMAIN", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("colour: blue\n", "line 1: unknown section 'colour'")]
    [InlineData("listen: https://127.0.0.1:8443\n", "https: put a TLS reverse proxy in front")]
    public async Task CheckConfig_BadFile_OneLineAndExitCode2(string text, string expected)
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("vigie.yaml"), text);
        var (code, _, stderr) = await VigieAppTests.RunAsync("serve", "--config", folder.File("vigie.yaml"), "--check-config");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdd_PasswordOnStdin_AddsAnAdminOnce()
    {
        using var folder = new TempFolder();
        var db = folder.File("vigie.db");
        var input = Console.In;
        try
        {
            Console.SetIn(new StringReader("correct horse battery\n"));
            var (code, stdout, _) = await VigieAppTests.RunAsync("user", "add", "alice", "--admin", "--db", db);
            Assert.Equal(ExitCodes.Success, code);
            Assert.Equal("vigie: user 'alice' added (admin)", stdout.TrimEnd());

            Console.SetIn(new StringReader("correct horse battery\n"));
            var (again, _, error) = await VigieAppTests.RunAsync("user", "add", "ALICE", "--db", db);
            Assert.Equal(ExitCodes.BadInput, again);
            Assert.Contains("another user has it", error, StringComparison.Ordinal);

            Console.SetIn(new StringReader("short\n"));
            var (weak, _, weakError) = await VigieAppTests.RunAsync("user", "add", "bob", "--db", db);
            Assert.Equal(ExitCodes.BadInput, weak);
            Assert.Equal("vigie: password: give at least 12 characters", weakError.TrimEnd());
        }
        finally
        {
            Console.SetIn(input);
        }

        await using var database = VigieDatabase.Open(db);
        var users = await new UserRepository(database, TimeProvider.System).ListAsync(CancellationToken.None);
        Assert.Equal(UserRole.Admin, Assert.Single(users).Role);
    }

    [Fact]
    public async Task Serve_ThroughTheVigieProcess_RunByVigieServeInItsPlace()
    {
        var sample = Path.Combine(SharedData.RepoRoot, "deploy", "vigie.yaml");
        var (code, stdout, stderr) = await VigieProcess.RunAsync(null, "serve", "--config", sample, "--check-config", "--urls", "http://127.0.0.1:8090");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        Assert.Contains("listen: http://127.0.0.1:8090", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeHelp_ThroughTheVigieProcess_ListsTheOptionsOfServe()
    {
        var (code, stdout, _) = await VigieProcess.RunAsync(null, "serve", "--help");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("--check-config", stdout, StringComparison.Ordinal);
        Assert.Contains(ServeHost.ServeDescription, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdd_ThroughTheVigieProcess_PasswordReadFromStdin()
    {
        using var folder = new TempFolder();
        var db = folder.File("vigie.db");
        var (code, stdout, _) = await VigieProcess.RunAsync("correct horse battery\n", "user", "add", "alice", "--role", "analyst", "--db", db);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("vigie: user 'alice' added (analyst)", stdout.TrimEnd());

        var (bad, _, error) = await VigieProcess.RunAsync("correct horse battery\n", "user", "add", "bob", "--role", "owner", "--db", db);
        Assert.Equal(ExitCodes.BadInput, bad);
        Assert.StartsWith("vigie: --role: 'owner' is not one of", error, StringComparison.Ordinal);
    }
}
