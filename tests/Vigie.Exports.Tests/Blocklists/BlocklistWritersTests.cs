using Vigie.Enrichment.Dns;
using Vigie.Exports.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Exports.Tests.Blocklists;

public sealed class BlocklistWritersTests : IAsyncLifetime
{
    /// <summary>The lab's names as a resolver finds them upstream: each exported name, names that only look related, and the garden.</summary>
    private static readonly Dictionary<string, string> Zones = new()
    {
        ["fr"] = Zone("fr", "en-rnarche", "*.en-rnarche", "onedrive-en-marche", "*.onedrive-en-marche", ExportLab.Idn[..^3], "en-marche-benign",
            "en-marche", "*.en-marche", "xen-rnarche", "en-rnarche-fr"),
        ["org"] = Zone("org", "lab-ngo-login", "lab-ngo"),
        ["fr.test"] = Zone("fr.test", "en-rnarche"),
        ["lab.test"] = Zone("lab.test", "garden"),
    };

    private ExportLab lab = null!;

    public async Task InitializeAsync() => lab = await ExportLab.OpenAsync();

    public async Task DisposeAsync() => await lab.DisposeAsync();

    [Fact]
    public async Task WriteAsync_RpzLoadedByUnbound_ExportedNamesAndSubdomainsBlockedNothingElse()
    {
        await using var resolver = await PolicyResolver.StartAsync(await lab.ExportAsync(ExportFormat.Rpz), Zones);

        foreach (var name in new[] { "en-rnarche.fr", "login.en-rnarche.fr", "a.b.en-rnarche.fr", "onedrive-en-marche.fr", "www.onedrive-en-marche.fr", ExportLab.Idn, "lab-ngo-login.org" })
        {
            Assert.True((await resolver.QueryAsync(name)).IsNameError, $"{name} should be blocked");
        }

        foreach (var name in new[] { "en-marche.fr", "www.en-marche.fr", "en-marche-benign.fr", "xen-rnarche.fr", "en-rnarche-fr.fr", "en-rnarche.fr.test", "lab-ngo.org" })
        {
            var answer = await resolver.QueryAsync(name);
            Assert.True(answer.IsNoError && answer.DataOf(DnsRecordType.A).Any(), $"{name} should resolve, got {answer.ResponseCode}");
        }
    }

    [Fact]
    public async Task WriteAsync_RpzWithAWalledGarden_ExportedNamesRewrittenToIt()
    {
        await using var resolver = await PolicyResolver.StartAsync(await lab.ExportAsync(ExportFormat.Rpz, walledGarden: "garden.lab.test"), Zones);

        var blocked = await resolver.QueryAsync("login.en-rnarche.fr");
        var other = await resolver.QueryAsync("xen-rnarche.fr");

        Assert.Contains("garden.lab.test", blocked.DataOf(DnsRecordType.CNAME).Select(c => c.TrimEnd('.')));
        Assert.Equal(["192.0.2.1"], blocked.DataOf(DnsRecordType.A));
        Assert.Empty(other.DataOf(DnsRecordType.CNAME));
    }

    [Fact]
    public void WalledGarden_NotAHostName_OneLineError()
    {
        var error = Assert.Throws<ExportException>(() => Exports.Blocklists.BlocklistWriters.WalledGarden("garden lab"));

        Assert.Equal("--rpz-cname: 'garden lab' is not a host name (letters, digits and hyphens in dot-separated labels)", error.Message);
    }

    [Fact]
    public async Task WriteAsync_HostsAdblockAndDomains_ParseAsTheRealSamplesDo()
    {
        var expected = new[] { "en-rnarche.fr", "onedrive-en-marche.fr", ExportLab.Idn, "lab-ngo-login.org" }.Order();
        var samples = "formats/rpz/blocklistproject-scam/";
        var realHosts = BlocklistParsers.Hosts(File.ReadAllLines(SharedData.Path(samples + "scam.hosts.first200.txt")));
        var realAdblock = BlocklistParsers.Adblock(File.ReadAllLines(SharedData.Path(samples + "scam-ags.adblock.first200.txt")));
        var realDomains = BlocklistParsers.Domains(File.ReadAllLines(SharedData.Path(samples + "scam-nl.domains.first200.txt")));

        Assert.Equal(200, realHosts.Count);
        Assert.Equal(realHosts, realAdblock);
        Assert.Equal(realHosts, realDomains);
        Assert.Equal(expected, BlocklistParsers.Hosts(Lines(await lab.ExportAsync(ExportFormat.Hosts))).Order());
        Assert.Equal(expected, BlocklistParsers.Adblock(Lines(await lab.ExportAsync(ExportFormat.Adblock))).Order());
        Assert.Equal(expected, BlocklistParsers.Domains(Lines(await lab.ExportAsync(ExportFormat.Domains))).Order());
        Assert.Equal(expected, BlocklistParsers.Rpz(Lines(await lab.ExportAsync(ExportFormat.Rpz))).Order());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A zone file answering A 192.0.2.1 for each of <paramref name="names"/> (relative to <paramref name="origin"/>).</summary>
    private static string Zone(string origin, params string[] names) =>
        $"$ORIGIN {origin}.\n@ 300 IN SOA ns.{origin}. hostmaster.{origin}. 1 3600 600 86400 300\n@ 300 IN NS ns.{origin}.\nns 300 IN A 192.0.2.53\n"
        + string.Concat(names.Select(n => $"{n} 300 IN A 192.0.2.1\n"));
}
