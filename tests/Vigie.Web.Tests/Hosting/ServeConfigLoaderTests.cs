using Vigie.Web.Hosting;

namespace Vigie.Web.Tests.Hosting;

public sealed class ServeConfigLoaderTests
{
    [Fact]
    public void Parse_FullFile_ReadsEverySection()
    {
        var config = ServeConfigLoader.Parse("""
            data: /var/lib/vigie
            db: Host=127.0.0.1;Database=vigie;Username=vigie
            evidence: evidence
            listen: [http://127.0.0.1:8080, "http://[::1]:8080"]
            public_url: https://vigie.example.org
            """, "vigie.yaml", "/etc/vigie", "/home/x/.local/share/vigie");
        Assert.Equal("/var/lib/vigie", config.DataFolder);
        Assert.Equal("Host=127.0.0.1;Database=vigie;Username=vigie", config.Database);
        Assert.Equal("/etc/vigie/evidence", config.EvidenceFolder);
        Assert.Equal(["http://127.0.0.1:8080", "http://[::1]:8080"], config.Listen);
        Assert.True(config.BehindTls);
        Assert.Equal("/var/lib/vigie/keys", config.KeysFolder);
    }

    [Fact]
    public void Parse_SmtpSection_ReadThroughTheMailLibraryAndItsErrorsKeptToOneLine()
    {
        var config = ServeConfigLoader.Parse("smtp:\n  host: mail.example.org\n  from: vigie@example.org\n", "vigie.yaml", "/etc/vigie", "/srv/vigie");
        var error = Assert.Throws<ServeConfigException>(() => ServeConfigLoader.Parse("smtp:\n  host: h\n", "vigie.yaml", "/etc/vigie", "/srv/vigie"));

        Assert.Equal(("mail.example.org", 587), (config.Smtp?.Host, config.Smtp?.Port));
        Assert.StartsWith("vigie.yaml line 2, smtp: 'from' is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Empty_GivesLoopbackAndTheDataFolder()
    {
        var config = ServeConfigLoader.Parse("", "vigie.yaml", "/etc/vigie", "/srv/vigie");
        Assert.Equal(["http://127.0.0.1:8080"], config.Listen);
        Assert.Equal("/srv/vigie/vigie.db", config.Database);
        Assert.Equal("/srv/vigie/evidence", config.EvidenceFolder);
        Assert.False(config.BehindTls);
    }

    [Theory]
    [InlineData("colour: blue", "vigie.yaml line 1: unknown section 'colour' (expected one of data, db, evidence, listen, public_url, ")]
    [InlineData("listen: https://127.0.0.1:8443", "vigie.yaml line 1, listen: 'https://127.0.0.1:8443' is not an address like http://127.0.0.1:8080 (https: put a TLS reverse proxy in front, README \"vigie serve\")")]
    [InlineData("listen: http://vigie.example.org:8080", "vigie.yaml line 1, listen: 'http://vigie.example.org:8080': listen on an IP address (127.0.0.1, [::1], 0.0.0.0), not a host name")]
    [InlineData("public_url: ftp://x", "vigie.yaml line 1, public_url: 'ftp://x' is not an http:// or https:// address")]
    [InlineData("db:\n  - a\n  - b", "vigie.yaml line 2, db: expected a single value")]
    [InlineData("listen: [", "vigie.yaml line 2: not valid YAML:")]
    public void Parse_BadFile_OneLineNamingTheLine(string text, string expected)
    {
        var error = Assert.Throws<ServeConfigException>(() => ServeConfigLoader.Parse(text, "vigie.yaml", "/etc/vigie", "/srv/vigie"));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Load_SampleOfDeploy_IsValid()
    {
        var config = ServeConfigLoader.Load(Path.Combine(Vigie.TestSupport.SharedData.RepoRoot, "deploy", "vigie.yaml"), "/unused");
        Assert.Equal("/var/lib/vigie/vigie.db", config.Database);
        Assert.Equal(["http://127.0.0.1:8080"], config.Listen);
    }

    [Fact]
    public void Load_QuickstartOfTheReadme_IsValidAndNamesItsWatchlist()
    {
        var config = ServeConfigLoader.Load(Path.Combine(Vigie.TestSupport.SharedData.RepoRoot, "deploy", "quickstart.yaml"), "/srv/vigie");

        Assert.Equal("/srv/vigie/vigie.db", config.Database);
        Assert.Equal([Path.Combine(Vigie.TestSupport.SharedData.RepoRoot, "deploy", "en-marche.yaml")], config.Watchlists);
        Assert.NotNull(config.Ct);
    }

    [Fact]
    public void Parse_WatchlistWithAnError_OneLineNamingTheFileAndLine()
    {
        using var folder = new Vigie.TestSupport.TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "bad.yaml"), "domains:\n  - not a domain\n");

        var error = Assert.Throws<ServeConfigException>(() => ServeConfigLoader.Parse("watchlists: [bad.yaml]", "vigie.yaml", folder.Path, "/srv/vigie"));

        Assert.StartsWith($"watchlists: {Path.Combine(folder.Path, "bad.yaml")} line 2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
