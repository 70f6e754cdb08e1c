using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Serve;

/// <summary>`vigie serve --role` and the `nats:` section, checked before anything starts (issue 15).</summary>
public sealed class ServeCommandRoleTests
{
    [Fact]
    public async Task CheckConfig_RoleAndNatsOnPostgres_PrintsBoth()
    {
        using var folder = new TempFolder();
        var config = folder.File("vigie.yaml");
        await File.WriteAllTextAsync(config, "db: Host=127.0.0.1;Database=vigie;Username=vigie;Password=secret\nnats:\n  urls: nats://127.0.0.1:4222\n  ack_wait: 10\n");

        var (code, stdout, stderr) = await VigieAppTests.RunAsync("serve", "--config", config, "--role", "investigate", "--check-config");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("  role: investigate\n", stdout, StringComparison.Ordinal);
        Assert.Contains("  nats: nats://127.0.0.1:4222/; a job redelivered 10 s after its worker's last news, dead-lettered after 5 attempts", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--role", "ingest", "--role ingest needs a PostgreSQL database")]
    [InlineData("--role", "all", "nats: needs a PostgreSQL database")]
    public async Task Serve_RoleOrNatsOnSqlite_OneLineExit2(string option, string role, string expected)
    {
        using var folder = new TempFolder();
        var config = folder.File("vigie.yaml");
        await File.WriteAllTextAsync(config, $"data: {folder.Path}\n" + (role == "all" ? "nats:\n  urls: nats://127.0.0.1:4222\n" : ""));

        var (code, _, stderr) = await VigieAppTests.RunAsync("serve", "--config", config, option, role, "--check-config");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("vigie: " + expected, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task Serve_UnknownRole_Exit2()
    {
        var (code, _, stderr) = await VigieAppTests.RunAsync("serve", "--role", "mail", "--check-config");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("mail", stderr, StringComparison.Ordinal);
    }
}
