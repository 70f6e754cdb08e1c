using Vigie.Core.Watchlists;
using Vigie.TestSupport;

namespace Vigie.Core.Tests.Watchlists;

public sealed class WatchlistLoaderTests
{
    private const string EnMarche = """
        organisation: En Marche
        domains:
          - en-marche.fr
          - EN-MARCHE.FR
        brands: [En Marche, Macron]
        subdomains:
          - onedrive.en-marche.fr
        services: [office.com, https://secure.actblue.com/donate]
        login_pages:
          - https://login.microsoftonline.com/
        allowlist: [marche-en-ligne.fr]
        """;

    [Fact]
    public void Parse_FullYaml_ReadsEveryFieldNormalised()
    {
        var list = WatchlistLoader.Parse(EnMarche, "watch.yaml");
        Assert.Equal("En Marche", list.Organisation);
        Assert.Equal(["en-marche.fr"], list.Domains);
        Assert.Equal(["En Marche", "Macron"], list.Brands);
        Assert.Equal(["onedrive.en-marche.fr"], list.Subdomains);
        Assert.Equal(["office.com", "actblue.com"], list.Services);
        Assert.Equal(["https://login.microsoftonline.com/"], list.LoginPages);
        Assert.Equal(["marche-en-ligne.fr"], list.Allowlist);
    }

    [Fact]
    public void Parse_Json_ReadsTheSameFields()
    {
        var list = WatchlistLoader.Parse("""{"domains": ["en-marche.fr"], "services": ["office.com"]}""", "watch.json");
        Assert.Equal(["en-marche.fr"], list.Domains);
        Assert.Equal(["office.com"], list.Services);
    }

    [Fact]
    public void Parse_ServiceWithAlso_ReadsTheServiceAndItsOtherDomains()
    {
        var list = WatchlistLoader.Parse("""
            services:
              - office.com
              - domain: microsoft.com
                also: [microsoftonline.com, https://login.live.com/]
            """, "watch.yaml");

        Assert.Equal(["office.com", "microsoft.com"], list.Services);
        Assert.Equal(["microsoftonline.com", "live.com"], list.ServiceDomains);
    }

    [Theory]
    [InlineData("domains:\n  - en-marche.fr\n  - not a domain\n", "watch.yaml line 3, domains:")]
    [InlineData("domains: [en-marche.fr]\ncolour: blue\n", "watch.yaml line 2: unknown field 'colour'")]
    [InlineData("domains: en-marche.fr\n", "watch.yaml line 1, domains: expected a list")]
    [InlineData("subdomains: [en-marche.fr]\n", "watch.yaml line 1, subdomains: 'en-marche.fr' has no subdomain")]
    [InlineData("login_pages: [ftp://x.org]\n", "watch.yaml line 1, login_pages:")]
    [InlineData("domains: [a, b\n", "watch.yaml line")]
    [InlineData("- just\n- a list\n", "watch.yaml line 1: expected a mapping")]
    [InlineData("services:\n  - also: [live.com]\n", "watch.yaml line 2, services: an entry with 'also:' needs its 'domain:'")]
    [InlineData("services:\n  - domain: microsoft.com\n    colour: blue\n", "watch.yaml line 3, services: unknown field 'colour'")]
    [InlineData("services:\n  - domain: microsoft.com\n    also: [not a domain]\n", "watch.yaml line 3, services, also:")]
    [InlineData("services:\n  - domain: microsoft.com\n    also: live.com\n", "watch.yaml line 3, services, also: expected a list")]
    public void Parse_BadFile_NamesLineAndField(string text, string expected)
    {
        var e = Assert.Throws<WatchlistException>(() => WatchlistLoader.Parse(text, "watch.yaml"));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDomains_SubdomainGiven_KeepsBothLevels()
    {
        var list = WatchlistLoader.FromDomains(["launchpad.ethereum.org", "metamask.io"]);
        Assert.Equal(["ethereum.org", "metamask.io"], list.Domains);
        Assert.Equal(["launchpad.ethereum.org"], list.Subdomains);
    }

    [Fact]
    public void Load_MissingFile_NamesThePath()
    {
        using var temp = new TempFolder();
        var path = temp.File("absent.yaml");
        var e = Assert.Throws<WatchlistException>(() => WatchlistLoader.Load(path));
        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_File_ParsesIt()
    {
        using var temp = new TempFolder();
        var path = temp.File("watch.yaml");
        File.WriteAllText(path, EnMarche);
        Assert.Equal(["en-marche.fr"], WatchlistLoader.Load(path).Domains);
    }
}
